import { isCountryCode, type Label } from '@vie/types'

import type { Check } from './messages'

/** A country as an ISO 3166-1 alpha-2 code in capitals (DE, FR, …); empty is allowed. */
export function checkCountryCode(value: unknown, field: Label): Check {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'string' && isCountryCode(value)) return true
  return {
    de: `${field.de}: „${String(value)}“ ist kein Ländercode nach ISO 3166-1 (zwei Großbuchstaben, z. B. DE, FR).`,
    en: `${field.en}: "${String(value)}" is not an ISO 3166-1 country code (two capital letters, e.g. DE, FR).`,
  }
}
