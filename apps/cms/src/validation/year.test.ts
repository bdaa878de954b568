import { describe, expect, it } from 'vitest'

import { checkYear } from './year'

const FIELD = { de: 'Gründungsjahr', en: 'Founded year' }
const now = new Date('2026-06-01T00:00:00Z')

describe('checkYear', () => {
  it('accepts whole years from 1900 to the current year, and no year', () => {
    for (const year of [1900, 1951, 2026, null, undefined]) expect(checkYear(year, FIELD, now)).toBe(true)
  })

  it('names the field and the allowed range when the year is outside', () => {
    expect(checkYear(1899, FIELD, now)).toEqual({
      de: 'Gründungsjahr: Bitte ein Jahr zwischen 1900 und 2026 angeben.',
      en: 'Founded year: enter a year between 1900 and 2026.',
    })
    expect(checkYear(2027, FIELD, now)).not.toBe(true)
    expect(checkYear(2000.5, FIELD, now)).not.toBe(true)
    expect(checkYear('2000', FIELD, now)).not.toBe(true)
  })
})
