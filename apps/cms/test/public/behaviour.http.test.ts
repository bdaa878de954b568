import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emitPublicChange } from '../../src/public/readModel/changeSignal'
import { type FixtureApi, startFixtureApi } from './helpers/fixtureApi'
import { eventually, expectProblem } from './helpers/http'

describe('HTTP behaviour of /public/v1', () => {
  let f: FixtureApi
  beforeAll(async () => {
    f = await startFixtureApi()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('allows any origin without credentials and exposes the paging and caching headers', async () => {
    const res = await fetch(`${f.api}/networks`, { headers: { origin: 'https://www.hamm.de' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    const exposed = (res.headers.get('access-control-expose-headers') ?? '').split(/,\s*/)
    expect(exposed).toEqual(expect.arrayContaining(['Link', 'X-Total-Count', 'ETag', 'Retry-After']))
    const preflight = await fetch(`${f.api}/networks`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.hamm.de', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/i)
  })

  it('sends ETag and Cache-Control, and 304 without a body for a matching If-None-Match', async () => {
    const res = await fetch(`${f.api}/networks?category=eu-thematic`)
    const etag = res.headers.get('etag')
    expect(etag).toMatch(/^W\/".+"$/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    const again = await fetch(`${f.api}/networks?category=eu-thematic`, { headers: { 'if-none-match': etag ?? '' } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const list = await fetch(`${f.api}/networks?category=eu-thematic`, { headers: { 'if-none-match': `W/"other", ${etag}` } })
    expect(list.status).toBe(304)
    const other = await fetch(`${f.api}/networks?category=eu-thematic&lang=en`, { headers: { 'if-none-match': etag ?? '' } })
    expect(other.status).toBe(200)
    expect(other.headers.get('etag')).not.toBe(etag)
    const ics = await fetch(`${f.api}/events.ics`)
    const icsAgain = await fetch(`${f.api}/events.ics`, { headers: { 'if-none-match': ics.headers.get('etag') ?? '' } })
    expect(icsAgain.status).toBe(304)
  })

  it('compresses with gzip and brotli', async () => {
    for (const encoding of ['gzip', 'br']) {
      const res = await fetch(`${f.api}/networks.json`, { headers: { 'accept-encoding': encoding } })
      expect(res.headers.get('content-encoding')).toBe(encoding)
      // fetch decodes the body, so a parse proves the encoding was right.
      expect(((await res.json()) as { count: number }).count).toBe(34)
    }
  })

  it('answers unknown paths with 404 and writes with 405, both as problem+json', async () => {
    const missing = await expectProblem(`${f.api}/organisations`, 404)
    expect(missing.detail).toContain('/public/v1/docs')
    const post = await fetch(`${f.api}/networks`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect(post.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const head = await fetch(`${f.api}/networks`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).not.toBeNull()
    await expectProblem(`${f.api}/networks/%E0%A4%A`, 400)
  })

  it('serves requests from memory: no database work on a hit, a rebuild only after a change', async () => {
    const { loads, fingerprints } = f.source
    for (let i = 0; i < 20; i += 1) await fetch(`${f.api}/networks?page=${(i % 2) + 1}`)
    await fetch(`${f.api}/events.ics`)
    await fetch(`${f.api}/stats`)
    expect(f.source.loads).toBe(loads)
    expect(f.source.fingerprints).toBe(fingerprints)

    f.source.change((records) => {
      const network = records.networks.find((n) => n.slug === 'eurocities')
      if (network) network.name = { de: 'Eurocities (geändert)', en: 'Eurocities (changed)' }
    })
    // The collection hook's signal, not the hourly poll, brings the change.
    emitPublicChange('networks')
    await eventually(async () => (await (await fetch(`${f.api}/networks/eurocities`)).json() as { name: string }).name === 'Eurocities (geändert)')
    expect(f.source.loads).toBe(loads + 1)
  })

  it('removes unpublished and deleted records from every answer', async () => {
    f.source.change((records) => {
      records.networks = records.networks.filter((n) => n.slug !== 'polis')
      records.events = records.events.filter((e) => e.slug !== 'vernetzungsworkshop-leipzig')
    })
    emitPublicChange('networks')
    await eventually(async () => (await fetch(`${f.api}/networks/polis`)).status === 404)
    for (const path of ['/networks?limit=100', '/networks.csv', '/networks.json', '/stats', '/networks?format=jsonld&limit=100']) {
      expect(await (await fetch(`${f.api}${path}`)).text(), path).not.toMatch(/"polis"|\bpolis,|networks\/polis/)
    }
    for (const path of ['/events?when=all&limit=100', '/events.ics', '/events.csv', '/municipalities/leipzig']) {
      expect(await (await fetch(`${f.api}${path}`)).text(), path).not.toContain('vernetzungsworkshop-leipzig')
    }
  })
})

describe('rate limit', () => {
  let f: FixtureApi
  beforeAll(async () => {
    f = await startFixtureApi({ burst: 3 })
  })
  afterAll(async () => {
    await f?.close()
  })

  it('answers 429 with Retry-After once a client has spent its burst', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${f.api}/stats`)).status)
    expect(statuses).toEqual([200, 200, 200])
    const limited = await fetch(`${f.api}/stats`, { headers: { 'accept-language': 'en' } })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(limited.headers.get('access-control-allow-origin')).toBe('*')
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const body = (await limited.json()) as { title: string; status: number }
    expect(body).toMatchObject({ title: 'Too many requests', status: 429 })
  })
})
