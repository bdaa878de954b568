import { describe, expect, it } from 'vitest'

import { midnightIn, parseInfoAsOf } from './dates'

describe('parseInfoAsOf', () => {
  it('reads a German month and year as the first of that month', () => {
    expect(parseInfoAsOf('Mai 2023')).toBe('2023-05-01T00:00:00.000Z')
    expect(parseInfoAsOf('April 2023')).toBe('2023-04-01T00:00:00.000Z')
  })

  it('takes the latest of several dates', () => {
    expect(parseInfoAsOf('Mai 2023 (Mitglieder); August 2023 (Ergebnisse)')).toBe('2023-08-01T00:00:00.000Z')
  })

  it('has no date without a recognisable month', () => {
    expect(parseInfoAsOf(null)).toBeNull()
    expect(parseInfoAsOf('laufend')).toBeNull()
  })
})

describe('midnightIn', () => {
  it('gives local midnight in Berlin in winter and summer time', () => {
    expect(midnightIn('2022-02-10', 'Europe/Berlin')).toBe('2022-02-09T23:00:00.000Z')
    expect(midnightIn('2023-09-21', 'Europe/Berlin')).toBe('2023-09-20T22:00:00.000Z')
  })

  it('handles the day summer time starts', () => {
    expect(midnightIn('2024-03-31', 'Europe/Berlin')).toBe('2024-03-30T23:00:00.000Z')
  })

  it('refuses what is not a day', () => {
    expect(() => midnightIn('soon', 'Europe/Berlin')).toThrow(/calendar day/)
  })
})
