import express from 'express'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_QUERY_DEPTH } from '../../src/graphql/depthLimit'
import { authRateLimit } from '../../src/server/authRateLimit'
import { securityHeaders } from '../../src/server/securityHeaders'
import { EDITOR } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'

const TLS = { 'x-forwarded-proto': 'https' }

describe('headers, cookies and GraphQL limits behind a TLS proxy', () => {
  const booted = useRecordServer({ env: { TRUST_PROXY: 'true', SERVER_URL: 'https://vie.example.test' } })
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${booted.server.url}${path}`, { headers, redirect: 'manual' })

  it('sends HSTS on requests that reached the proxy over TLS, and only on those', async () => {
    for (const path of ['/admin/login', '/public/v1/networks', '/healthz']) {
      expect((await get(path, TLS)).headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains')
      expect((await get(path)).headers.get('strict-transport-security'), path).toBeNull()
    }
  })

  it('marks the session cookie HttpOnly, SameSite=Lax and Secure', async () => {
    const res = await fetch(`${booted.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...TLS },
      body: JSON.stringify(EDITOR),
    })
    expect(res.status).toBe(200)
    const cookie = res.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    // Payload writes `Secure=true; HttpOnly=true`; browsers go by the attribute name alone (RFC 6265 §5.2.5 f.).
    const attributes = new Map(
      (cookie ?? '').split(';').slice(1).map((part) => {
        const [name = '', value = ''] = part.trim().split('=')
        return [name.toLowerCase(), value.toLowerCase()] as const
      }),
    )
    expect(attributes.has('httponly')).toBe(true)
    expect(attributes.has('secure')).toBe(true)
    expect(attributes.get('samesite')).toBe('lax')
  })

  it('lets nobody frame the admin and anybody frame the widget frame pages', async () => {
    const admin = await get('/admin/login')
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(admin.headers.get('x-frame-options')).toBe('DENY')
    for (const header of ['x-content-type-options', 'referrer-policy', 'permissions-policy']) expect(admin.headers.get(header), header).toBeTruthy()

    const frame = await get('/embed/frame/vie-network-list')
    expect(frame.status).toBe(200)
    expect(frame.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(frame.headers.get('x-frame-options')).toBeNull()
  })

  describe('GraphQL', () => {
    const graphql = async (query: string, accept = 'application/graphql-response+json') => {
      const res = await fetch(`${booted.server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query }),
      })
      return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string }[] } }
    }
    /** Networks → docs → germanMunicipalities → networks → docs → …, exactly `depth` fields deep. */
    const nested = (depth: number): string => {
      const cycle = ['docs', 'germanMunicipalities', 'networks']
      const chain = ['Networks', ...Array.from({ length: depth - 2 }, (_, i) => cycle[i % 3] ?? 'docs')]
      return `{ ${chain.reduceRight((inner, field) => `${field} { ${inner} }`, 'id')} }`
    }

    it('answers a normal query', async () => {
      const reply = await graphql('{ Networks(limit: 5) { totalDocs docs { id slug } } }')
      expect(reply.status).toBe(200)
      expect(reply.body.errors).toBeUndefined()
      expect(reply.body.data).toEqual({ Networks: { totalDocs: 0, docs: [] } })
      expect((await graphql(nested(MAX_QUERY_DEPTH))).body.errors).toBeUndefined()
    })

    it('refuses a query nested deeper than the limit with a clear message', async () => {
      const reply = await graphql(nested(MAX_QUERY_DEPTH + 3))
      expect(reply.status).toBe(400)
      expect(reply.body.errors?.[0]?.message).toMatch(new RegExp(`at most ${MAX_QUERY_DEPTH} are allowed`))
      expect(reply.body.data).toBeUndefined()
      // Plain JSON clients get the same error in a 200, as GraphQL over HTTP prescribes for application/json.
      const plain = await graphql(nested(MAX_QUERY_DEPTH + 3), 'application/json')
      expect(plain.body.errors?.[0]?.message).toMatch(/at most/)
    })

    it('refuses a query that costs more than the complexity limit', async () => {
      const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: Networks(limit: 100) { docs { id slug } }`).join(' ')
      const reply = await graphql(`{ ${aliases} }`)
      expect(reply.status).toBe(400)
      expect(reply.body.errors?.[0]?.message).toMatch(/exceeds the maximum complexity of 1000/)
    })

    it('offers no playground in production', async () => {
      expect((await get('/api/graphql-playground')).status).toBe(404)
    })
  })
})

/** The two switches that only make sense without a proxy in front: small apps on the real middleware. */
describe('without TRUST_PROXY or with HSTS=false', () => {
  let url = ''
  let close = () => {}
  beforeAll(async () => {
    const app = express()
    app.set('trust proxy', true)
    app.use(securityHeaders({ dev: false, hsts: false }))
    app.get('/', (_req, res) => {
      res.send('ok')
    })
    const server = app.listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    close = () => server.close()
  })
  afterAll(() => close())

  it('sends no HSTS when HSTS=false, even over TLS', async () => {
    const res = await fetch(url, { headers: TLS })
    expect(res.headers.get('strict-transport-security')).toBeNull()
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('limits by the socket address when the proxy is not trusted: a forged X-Forwarded-For does not help', async () => {
    const app = express()
    app.use(authRateLimit({ burst: 2, perMinute: 1 }))
    app.post('/api/users/login', (_req, res) => {
      res.status(401).end()
    })
    const server = app.listen(0)
    await new Promise((resolve) => server.once('listening', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'x-forwarded-for': `203.0.113.${i}` } })
      statuses.push(res.status)
    }
    server.close()
    expect(statuses).toEqual([401, 401, 429, 429])
  })
})
