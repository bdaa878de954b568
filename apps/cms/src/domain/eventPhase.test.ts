import { describe, expect, it } from 'vitest'

import { isPast } from './eventPhase'

const NOW = new Date('2025-06-10T12:00:00Z')

describe('isPast', () => {
  it('is over once the end has passed, or the start where there is no end', () => {
    expect(isPast({ start: '2025-06-10T08:00:00Z', end: '2025-06-10T11:00:00Z' }, NOW)).toBe(true)
    expect(isPast({ start: '2025-06-10T08:00:00Z', end: '2025-06-10T13:00:00Z' }, NOW)).toBe(false)
    expect(isPast({ start: '2025-06-09T08:00:00Z' }, NOW)).toBe(true)
    expect(isPast({}, NOW)).toBe(false)
  })

  it('counts the whole last day of an all-day event', () => {
    expect(isPast({ start: '2025-06-09T22:00:00Z', end: '2025-06-09T22:00:00Z', allDay: true }, NOW)).toBe(false)
    expect(isPast({ start: '2025-06-08T22:00:00Z', end: '2025-06-08T22:00:00Z', allDay: true }, NOW)).toBe(true)
  })
})
