import { describe, expect, it } from 'vitest'

import { type Rendered, RenderedCache } from '../../src/public/http/renderedCache'

const answer = (bytes: number): Rendered => ({
  etag: 'W/"x"',
  contentType: 'application/json',
  headers: {},
  body: Buffer.alloc(bytes),
  encoded: {},
  validFrom: 0,
  validUntil: 100,
})

/** The front listener's prepared answers rely on the order of eviction and on `drops`. */
describe('rendered cache', () => {
  it('evicts the least recently used entry, a repeated hit on the newest included', () => {
    const cache = new RenderedCache<object>(250)
    const version = {}
    cache.get(version, 'none', 0)
    const [a, b] = [answer(100), answer(100)]
    cache.set(version, 'a', a)
    cache.set(version, 'b', b)
    expect(cache.get(version, 'a', 1)).toBe(a)
    expect(cache.get(version, 'a', 1)).toBe(a)
    cache.set(version, 'c', answer(100))
    expect(cache.get(version, 'b', 1)).toBeUndefined()
    expect(cache.get(version, 'a', 1)).toBe(a)
  })

  it('counts every entry that leaves: evicted, expired, replaced, or gone with its version', () => {
    const cache = new RenderedCache<object>(250)
    const version = {}
    cache.get(version, 'none', 0)
    expect(cache.drops).toBe(0)
    cache.set(version, 'a', answer(100))
    cache.set(version, 'a', answer(100))
    expect(cache.drops).toBe(1)
    cache.set(version, 'b', answer(100))
    cache.set(version, 'c', answer(100))
    expect(cache.drops).toBe(2)
    expect(cache.get(version, 'c', 100)).toBeUndefined()
    expect(cache.drops).toBe(3)
    cache.get({}, 'b', 1)
    expect(cache.drops).toBe(4)
  })
})
