import type { Label } from '@vie/types'

import { EARLIEST_YEAR } from './year'
import type { Check } from './messages'

/** Later than any plausible record, early enough for every format we write (ICS, JSON-LD, CSV). */
export const LATEST_YEAR = 2200

const CALENDAR_PREFIX = /^([+-]?\d{4,6})-(\d{2})-(\d{2})/

/**
 * A real calendar date from 1900 to 2200; empty (null) is allowed. Payload's own check accepts
 * anything `Date` parses, so `2024-02-30` would silently become 1 March, year 0 or 275760 would
 * be stored, and an empty string would be written as is and break every later read of the
 * collection. The admin's date picker sends null for "no date", never "".
 */
export function checkCalendarDate(value: unknown, field: Label): Check {
  if (value === null || value === undefined) return true
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? null : value.toISOString()) : value
  const parsed = typeof text === 'string' ? new Date(text) : null
  const match = typeof text === 'string' ? CALENDAR_PREFIX.exec(text) : null
  if (parsed && match && !Number.isNaN(parsed.getTime())) {
    const [, year, month, day] = match.map(Number)
    const probe = new Date(Date.UTC(2000, (month ?? 0) - 1, day))
    const exists = probe.getUTCMonth() === (month ?? 0) - 1 && probe.getUTCDate() === day && (month !== 2 || day !== 29 || isLeap(year ?? 0))
    if (exists && (year ?? 0) >= EARLIEST_YEAR && (year ?? 0) <= LATEST_YEAR) return true
  }
  return {
    de: `${field.de}: Bitte ein gültiges Datum zwischen ${EARLIEST_YEAR} und ${LATEST_YEAR} angeben (z. B. 2025-03-30).`,
    en: `${field.en}: enter a valid date between ${EARLIEST_YEAR} and ${LATEST_YEAR} (e.g. 2025-03-30).`,
  }
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
