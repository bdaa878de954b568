import type { Label } from '@vie/types'

import type { Check } from './messages'

/** Inhabitants: a whole number greater than zero; empty is allowed. */
export function checkPositiveInteger(value: unknown, field: Label): Check {
  if (value === null || value === undefined) return true
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return true
  return {
    de: `${field.de}: Bitte eine ganze Zahl größer als 0 angeben.`,
    en: `${field.en}: enter a whole number greater than 0.`,
  }
}
