import { describe, expect, it } from 'vitest'

import { unchangedAround } from './clock'

describe('unchangedAround', () => {
  const ends = Float64Array.from([10, 20, 20, 30])

  it('is the interval between the last end at or before now and the next end after it', () => {
    expect(unchangedAround(ends, 15)).toEqual({ validFrom: 10, validUntil: 20 })
    expect(unchangedAround(ends, 20)).toEqual({ validFrom: 20, validUntil: 30 })
  })

  it('is open towards the past before the first end and towards the future after the last', () => {
    expect(unchangedAround(ends, 5)).toEqual({ validFrom: Number.NEGATIVE_INFINITY, validUntil: 10 })
    expect(unchangedAround(ends, 30)).toEqual({ validFrom: 30, validUntil: Number.POSITIVE_INFINITY })
    expect(unchangedAround(new Float64Array(), 0)).toEqual({ validFrom: Number.NEGATIVE_INFINITY, validUntil: Number.POSITIVE_INFINITY })
  })
})
