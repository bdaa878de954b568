import type { Label } from '@vie/types'

import { type Check, inLanguageOf } from './messages'

type LanguageCarrier = Parameters<typeof inLanguageOf>[0]

const ZONES = new Set(Intl.supportedValuesOf('timeZone'))

/** An IANA time zone the platform knows (Europe/Helsinki, America/Sao_Paulo, …); empty is allowed. */
export function checkTimeZone(value: unknown, field: Label): Check {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'string' && ZONES.has(value)) return true
  return {
    de: `${field.de}: „${String(value)}“ ist keine bekannte Zeitzone (IANA-Name wie Europe/Berlin).`,
    en: `${field.en}: "${String(value)}" is not a known time zone (an IANA name such as Europe/Berlin).`,
  }
}

/** `checkTimeZone` as a Payload `validate`, answering in the editor's language. */
export const timeZoneValidate =
  (field: Label) =>
  (value: unknown, { req }: { req: LanguageCarrier }): true | string =>
    inLanguageOf(req, checkTimeZone(value, field))
