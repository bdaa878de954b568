import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { type Rendered, RenderedCache } from './renderedCache'

const rendered = (text: string, validity: Partial<Pick<Rendered, 'validFrom' | 'validUntil'>> = {}): Rendered => ({
  etag: `W/"${text.length}"`,
  contentType: 'text/plain',
  headers: {},
  body: Buffer.from(text),
  encoded: {},
  validFrom: Number.NEGATIVE_INFINITY,
  validUntil: Number.POSITIVE_INFINITY,
  ...validity,
})

describe('RenderedCache', () => {
  it('keeps answers of one snapshot and forgets them all on the next', () => {
    const cache = new RenderedCache<object>(1000)
    const first = {}
    expect(cache.get(first, 'a', 0)).toBeUndefined()
    const entry = rendered('hello')
    cache.set(first, 'a', entry)
    expect(cache.get(first, 'a', 0)).toBe(entry)
    const second = {}
    expect(cache.get(second, 'a', 0)).toBeUndefined()
    // A late answer of the old snapshot is not kept.
    cache.set(first, 'b', rendered('late'))
    expect(cache.get(second, 'b', 0)).toBeUndefined()
    expect(cache.size.entries).toBe(0)
  })

  it('drops the least recently used answers beyond its byte budget, encodings included', () => {
    const cache = new RenderedCache<object>(300)
    const v = {}
    cache.get(v, 'x', 0)
    cache.set(v, 'a', rendered('a'.repeat(100)))
    cache.set(v, 'b', rendered('b'.repeat(100)))
    expect(cache.get(v, 'a', 0)).toBeDefined()
    cache.set(v, 'c', rendered('c'.repeat(100)))
    cache.set(v, 'd', rendered('d'.repeat(100)))
    expect(cache.get(v, 'b', 0)).toBeUndefined()
    expect(cache.get(v, 'a', 0)).toBeDefined()
    expect(cache.size.bytes).toBeLessThanOrEqual(300)
    // Larger than half the budget: answered, never kept.
    cache.set(v, 'huge', rendered('h'.repeat(200)))
    expect(cache.get(v, 'huge', 0)).toBeUndefined()
  })

  it('compresses a body once per encoding and counts the result', () => {
    const cache = new RenderedCache<object>(1_000_000)
    const v = {}
    cache.get(v, 'x', 0)
    const entry = rendered('Netzwerk '.repeat(500))
    cache.set(v, 'a', entry)
    const before = cache.size.bytes
    const gzip = cache.encode(entry, 'gzip')
    expect(cache.encode(entry, 'gzip')).toBe(gzip)
    expect(zlib.gunzipSync(gzip).toString()).toBe(entry.body.toString())
    const br = cache.encode(entry, 'br')
    expect(zlib.brotliDecompressSync(br).toString()).toBe(entry.body.toString())
    expect(cache.size.bytes).toBe(before + gzip.length + br.length)
  })

  it('answers only within the clock interval the answer was rendered for', () => {
    const cache = new RenderedCache<object>(1000)
    const v = {}
    cache.get(v, 'x', 0)
    cache.set(v, 'a', rendered('upcoming', { validFrom: 100, validUntil: 200 }))
    expect(cache.get(v, 'a', 150)).toBeDefined()
    expect(cache.get(v, 'a', 200)).toBeUndefined()
  })
})
