import { describe, expect, it } from 'vitest'

import { TokenBuckets } from './rateLimit'

describe('token buckets', () => {
  it('grants a burst, then one request per refill, per client', () => {
    let now = 0
    const buckets = new TokenBuckets({ burst: 2, perSecond: 0.5, now: () => now })
    expect(buckets.take('a')).toEqual({ ok: true, remaining: 1 })
    expect(buckets.take('a')).toEqual({ ok: true, remaining: 0 })
    expect(buckets.take('a')).toEqual({ ok: false, retryAfter: 2 })
    expect(buckets.take('b').ok).toBe(true)
    now = 1000
    expect(buckets.take('a')).toEqual({ ok: false, retryAfter: 1 })
    now = 2000
    expect(buckets.take('a').ok).toBe(true)
  })

  it('forgets clients whose buckets have refilled', () => {
    let now = 0
    const buckets = new TokenBuckets({ burst: 5, perSecond: 1, now: () => now })
    for (const client of ['a', 'b', 'c']) buckets.take(client)
    expect(buckets.size).toBe(3)
    now = 60_000
    buckets.take('d')
    expect(buckets.size).toBe(1)
  })
})
