import type { Label } from '@vie/types'
import type { PayloadRequest } from 'payload'

import type { Check } from '../validation/messages'
import { savesPublished } from '../validation/publishing'
import { checkRequiredInGerman } from '../validation/requiredInGerman'
import { storedGerman } from './storedGerman'

/** Marks a localized field whose German text a published record must have (see germanViolations). */
export const GERMAN_REQUIRED = 'germanRequired'

type Options = {
  id?: number | string
  collectionSlug?: string
  path?: (number | string)[]
  data?: unknown
  req: PayloadRequest
}

const defaultLocaleOf = (req: PayloadRequest): string => {
  const { localization } = req.payload.config
  return localization ? localization.defaultLocale : 'de'
}

/**
 * The German-required rule as a `validate` step: checked whenever the save publishes, whatever
 * locale is being written. Writing German, the value itself counts; writing another language, the
 * German text stored at the same place (a create in English has none, so it cannot publish).
 * Drafts may lack it.
 */
export const germanRequired =
  (label: Label) =>
  async (value: unknown, options: Options): Promise<Check> => {
    if (!savesPublished(options)) return true
    const writing = options.req.locale ?? undefined
    if (writing === 'all') return checkRequiredInGerman(value !== null && typeof value === 'object' ? (value as { de?: unknown }).de : value, label, 'de')
    const german = writing === undefined || writing === defaultLocaleOf(options.req) ? value : await storedGerman(options)
    return checkRequiredInGerman(german, label, writing)
  }
