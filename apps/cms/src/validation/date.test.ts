import { describe, expect, it } from 'vitest'

import { checkCalendarDate } from './date'

const START = { de: 'Beginn', en: 'Start' }

describe('checkCalendarDate', () => {
  it('accepts real dates and date-times from 1900 to 2200, and no date at all', () => {
    for (const value of [null, undefined, '2025-03-30', '2025-03-30T10:00:00.000Z', '2024-02-29T00:00:00Z', '1900-01-01', '2200-12-31', new Date('2025-01-01')]) {
      expect(checkCalendarDate(value, START), String(value)).toBe(true)
    }
  })

  it('refuses days that do not exist, extreme years, empty strings and non-dates', () => {
    for (const value of ['2024-02-30', '2023-02-29', '2025-13-01', '0000-01-01T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00.000Z', '', 'not a date', 42, {}]) {
      expect(checkCalendarDate(value, START), String(value)).toMatchObject({ en: expect.stringContaining('Start: enter a valid date') })
    }
  })
})
