import { describe, expect, it } from 'vitest'

import { countryName, eventMonth, formatEventTime, formatMonth, formatNumber } from './format'

describe('formatEventTime', () => {
  it('gives all-day dates without time or zone, as a range when the event spans days', () => {
    const oneDay = formatEventTime({ start: '2024-12-10', end: '2024-12-10', allDay: true, timeZone: 'Europe/Berlin' }, 'de-DE', 'America/New_York')
    expect(oneDay).toEqual({ text: 'Di., 10. Dez. 2024', datetime: '2024-12-10' })
    const twoDays = formatEventTime({ start: '2023-09-21', end: '2023-09-22', allDay: true, timeZone: 'Europe/Berlin' }, 'en-GB', 'Europe/Berlin')
    expect(twoDays?.text).toBe('Thu, 21 Sept – Fri, 22 Sept 2023')
  })

  it('shows times in the event’s zone, naming the zone only where the reader’s clock differs', () => {
    const event = { start: '2024-12-10T10:00:00+01:00', end: '2024-12-10T12:30:00+01:00', allDay: false, timeZone: 'Europe/Berlin' }
    const sameClock = formatEventTime(event, 'de-DE', 'Europe/Paris')
    expect(sameClock?.text).toContain('10:00')
    expect(sameClock?.text).toContain('12:30')
    expect(sameClock?.text).not.toMatch(/MEZ|CET|GMT/)
    const elsewhere = formatEventTime(event, 'en-GB', 'Europe/Lisbon')
    expect(elsewhere?.text).toContain('10:00')
    expect(elsewhere?.text).toMatch(/CET/)
    expect(elsewhere?.datetime).toBe('2024-12-10T10:00:00+01:00')
  })

  it('keeps the event’s wall-clock time for a reader far away', () => {
    const event = { start: '2025-03-01T18:00:00+09:00', end: null, allDay: false, timeZone: 'Asia/Tokyo' }
    const text = formatEventTime(event, 'de-DE', 'Europe/Berlin')?.text ?? ''
    expect(text).toContain('18:00')
    expect(text).toMatch(/GMT\+9|JST/)
  })

  it('returns null for an event without a date', () => {
    expect(formatEventTime({ start: null, end: null, allDay: false, timeZone: 'Europe/Berlin' }, 'de-DE')).toBeNull()
  })
})

describe('month and number formatting', () => {
  it('names months in the reader’s language and groups by the event’s own month', () => {
    expect(formatMonth('2023-05', 'de-DE')).toBe('Mai 2023')
    expect(formatMonth('2024-12-10', 'en-GB')).toBe('December 2024')
    expect(eventMonth('2024-12-31T23:30:00-05:00')).toBe('2024-12')
    expect(eventMonth(null)).toBeNull()
  })

  it('formats numbers and country names per locale', () => {
    expect(formatNumber(180761, 'de-DE')).toBe('180.761')
    expect(formatNumber(180761, 'en-GB')).toBe('180,761')
    expect(countryName('IT', 'de-DE')).toBe('Italien')
    expect(countryName('IT', 'en-GB')).toBe('Italy')
  })
})
