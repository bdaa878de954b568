import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'

/**
 * The public API inside the real server (server.ts, the built Next app, the project's Payload
 * configuration): mounted before Next's catch-all, behind the global compression and security
 * headers, fed by the read model the server starts.
 */
describe('public API in the server', () => {
  let server: BootedServer
  beforeAll(async () => {
    server = await bootServer()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('answers /public/v1 itself instead of handing it to Next', async () => {
    const res = await fetch(`${server.url}/public/v1/networks`)
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const body = (await res.json()) as { total: number; page: number; lang: string }
    expect(body).toMatchObject({ page: 1, lang: 'de', total: expect.any(Number) })
    const docs = await fetch(`${server.url}/public/v1/docs?lang=en`)
    expect(docs.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await docs.text()).toContain('VIE – public API')
    // Large enough for the global compression to apply even to an empty register.
    const described = await fetch(`${server.url}/public/v1/openapi.json`, { headers: { 'accept-encoding': 'br' } })
    expect(described.headers.get('content-encoding')).toBe('br')
    const openapi = (await described.json()) as { openapi: string; servers: { url: string }[] }
    expect(openapi.openapi).toBe('3.1.0')
    expect(openapi.servers[0]?.url).toBe(`${server.url}/public/v1`)
  })

  it('keeps errors under /public/v1 as problem+json, never the Next error page', async () => {
    for (const [path, status] of [
      ['/public/v1/nothing', 404],
      ['/public/v1/networks?limit=1000', 400],
      ['/public/v1/networks/no-such-network', 404],
    ] as const) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status, path).toBe(status)
      expect(res.headers.get('content-type'), path).toMatch(/^application\/problem\+json/)
    }
    const post = await fetch(`${server.url}/public/v1/networks`, { method: 'POST' })
    expect(post.status).toBe(405)
  })
})
