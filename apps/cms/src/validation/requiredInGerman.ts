import type { Label } from '@vie/types'

import type { Check } from './messages'

/**
 * German is the default locale and the fallback for English, so the German text must exist; the
 * English one may be missing. A value is required when writing German or creating a record.
 */
export function checkRequiredInGerman(
  value: unknown,
  field: Label,
  context: { locale: string | undefined; operation: string | undefined },
): Check {
  const needed = context.locale === undefined || context.locale === 'de' || context.operation === 'create'
  if (!needed) return true
  if (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined) return true
  return {
    de: `${field.de}: Pflichtfeld (auf Deutsch).`,
    en: `${field.en}: required (in German).`,
  }
}
