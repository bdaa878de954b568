import type { Label } from '@vie/types'

import type { Check } from './messages'

export const EARLIEST_YEAR = 1900

/** A whole year from 1900 up to and including the current year; empty is allowed. */
export function checkYear(value: unknown, field: Label, now: Date = new Date()): Check {
  if (value === null || value === undefined) return true
  const latest = now.getFullYear()
  if (typeof value === 'number' && Number.isInteger(value) && value >= EARLIEST_YEAR && value <= latest) return true
  return {
    de: `${field.de}: Bitte ein Jahr zwischen ${EARLIEST_YEAR} und ${latest} angeben.`,
    en: `${field.en}: enter a year between ${EARLIEST_YEAR} and ${latest}.`,
  }
}
