import type { Label } from '@vie/types'

/** A validator's verdict: `true`, or what is wrong, in both admin languages. */
export type Check = true | Label

type LanguageCarrier = { i18n?: { language?: string } }

/**
 * Payload expects a string from `validate`; it is shown to the person who made the request, so
 * it is given in their interface language (German unless they asked for English).
 */
export function inLanguageOf(req: LanguageCarrier, check: Label): string
export function inLanguageOf(req: LanguageCarrier, check: Check): true | string
export function inLanguageOf(req: LanguageCarrier, check: Check): true | string {
  return check === true ? true : req.i18n?.language === 'en' ? check.en : check.de
}
