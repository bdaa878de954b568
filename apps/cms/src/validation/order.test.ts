import { describe, expect, it } from 'vitest'

import { checkNotBefore } from './order'

const labels = { start: { de: 'Beginn', en: 'Start' }, end: { de: 'Ende', en: 'End' } }

describe('checkNotBefore', () => {
  it('accepts an end on or after the start, and missing sides', () => {
    expect(checkNotBefore(2019, 2030, labels)).toBe(true)
    expect(checkNotBefore(2019, 2019, labels)).toBe(true)
    expect(checkNotBefore('2024-05-14T08:00:00Z', '2024-05-14T10:00:00Z', labels)).toBe(true)
    expect(checkNotBefore(null, 2000, labels)).toBe(true)
    expect(checkNotBefore(2000, undefined, labels)).toBe(true)
  })

  it('refuses an end before the start, naming both fields', () => {
    expect(checkNotBefore(2024, 2023, labels)).toEqual({
      de: 'Ende: darf nicht vor „Beginn“ liegen.',
      en: 'End: must not be earlier than "Start".',
    })
    expect(checkNotBefore('2024-05-14T10:00:00Z', '2024-05-14T08:00:00Z', labels)).not.toBe(true)
  })
})
