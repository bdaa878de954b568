import { describe, expect, it } from 'vitest'

import { formatInZone, isTimeZone, localParts, offsetMinutes, startOfDay, zonedTimeToInstant } from './zone'

describe('time zones', () => {
  it('knows the Berlin offset on both sides of the DST changes', () => {
    expect(offsetMinutes(new Date('2025-03-30T00:59:59Z'), 'Europe/Berlin')).toBe(60)
    expect(offsetMinutes(new Date('2025-03-30T01:00:00Z'), 'Europe/Berlin')).toBe(120)
    expect(offsetMinutes(new Date('2025-10-26T00:59:59Z'), 'Europe/Berlin')).toBe(120)
    expect(offsetMinutes(new Date('2025-10-26T01:00:00Z'), 'Europe/Berlin')).toBe(60)
    expect(offsetMinutes(new Date('2025-06-01T00:00:00Z'), 'UTC')).toBe(0)
    expect(offsetMinutes(new Date('2025-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330)
  })

  it('formats instants with the offset valid at that instant', () => {
    expect(formatInZone(new Date('2024-12-10T09:00:00Z'), 'Europe/Berlin')).toBe('2024-12-10T10:00:00+01:00')
    expect(formatInZone(new Date('2024-07-10T09:00:00Z'), 'Europe/Berlin')).toBe('2024-07-10T11:00:00+02:00')
    expect(formatInZone(new Date('2024-07-10T09:00:00Z'), 'America/New_York')).toBe('2024-07-10T05:00:00-04:00')
  })

  it('turns wall-clock times into instants, also in the skipped and the repeated hour', () => {
    const at = (h: number, m = 0) => ({ year: 2025, month: 3, day: 30, hour: h, minute: m, second: 0 })
    expect(zonedTimeToInstant(at(1, 30), 'Europe/Berlin').toISOString()).toBe('2025-03-30T00:30:00.000Z')
    expect(zonedTimeToInstant(at(3, 30), 'Europe/Berlin').toISOString()).toBe('2025-03-30T01:30:00.000Z')
    expect(zonedTimeToInstant(at(2, 30), 'Europe/Berlin').toISOString()).toBe('2025-03-30T01:30:00.000Z')
    const repeated = { year: 2025, month: 10, day: 26, hour: 2, minute: 30, second: 0 }
    expect(zonedTimeToInstant(repeated, 'Europe/Berlin').toISOString()).toBe('2025-10-26T00:30:00.000Z')
    expect(startOfDay(2025, 7, 1, 'Europe/Berlin').toISOString()).toBe('2025-06-30T22:00:00.000Z')
  })

  it('reads wall-clock parts and rejects unknown zones', () => {
    expect(localParts(new Date('2025-01-01T23:30:00Z'), 'Europe/Berlin')).toEqual({
      year: 2025, month: 1, day: 2, hour: 0, minute: 30, second: 0,
    })
    expect(isTimeZone('Europe/Berlin')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
  })
})
