import fs from 'node:fs'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, login } from './helpers/api'
import { bootServer, type BootedServer } from './helpers/bootServer'

describe('server', () => {
  let server: BootedServer

  beforeAll(async () => {
    server = await bootServer()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('answers /healthz with 200 and a database ping', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' })
  })

  it('serves the admin login page', async () => {
    const res = await fetch(`${server.url}/admin/login`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toContain('/_next/static/')
    expect(html).toMatch(/<html[^>]*lang="(de|en)"/)
  })

  it('refuses anonymous reads of users over REST and GraphQL', async () => {
    const rest = await fetch(`${server.url}/api/users`)
    expect(rest.status).toBe(403)
    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
    })
    const body = (await gql.json()) as { data?: { Users: unknown }; errors?: unknown[] }
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.length).toBeGreaterThan(0)
  })

  it('answers a request for a missing upload with 404 in the caller\'s language, not 500', async () => {
    const en = await fetch(`${server.url}/api/media/file/gone.png`, { headers: { 'accept-language': 'en' } })
    expect(en.status).toBe(404)
    expect(await en.json()).toEqual({ errors: [{ message: 'This file does not exist (any more).' }] })
    const de = await fetch(`${server.url}/api/media/file/gone.png`)
    expect(((await de.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Datei/)
    const traversal = await fetch(`${server.url}/api/media/file/..%2f..%2fetc%2fpasswd`)
    expect(traversal.status).toBeGreaterThanOrEqual(400)
    expect(traversal.status).toBeLessThan(500)
  })

  it('sends the security headers on admin, API and health responses', async () => {
    for (const path of ['/admin/login', '/api/users', '/healthz']) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('permissions-policy'), path).toContain('camera=()')
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(res.headers.get('x-powered-by'), path).toBeNull()
    }
  })

  it('compresses responses for clients that accept it', async () => {
    const res = await fetch(`${server.url}/admin/login`, { headers: { 'accept-encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
  })

  it('logs each request with method, path, status and duration', async () => {
    await fetch(`${server.url}/healthz?probe=log`)
    await expect.poll(() => server.output()).toMatch(/GET \/healthz\?probe=log 200 \d+\.\dms/)
  })

  it('reports 503 while the database file is gone and recovers when it is back', async () => {
    const moved = `${server.dbFile}.moved`
    fs.renameSync(server.dbFile, moved)
    try {
      const res = await fetch(`${server.url}/healthz`)
      expect(res.status).toBe(503)
      expect(await res.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' })
    } finally {
      fs.renameSync(moved, server.dbFile)
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})

describe('first start', () => {
  it('creates the first admin exactly once, with a printed password that logs in', async () => {
    const first = await bootServer({ env: { ADMIN_EMAIL: 'first@vie.test', ADMIN_PASSWORD: '' } })
    let dataDir = first.dataDir
    try {
      const banner = /e-mail:\s+(\S+)\s+│?\s*password:\s+(\S+)/.exec(first.output().replace(/│/g, ''))
      expect(banner, first.output()).not.toBeNull()
      const [, email, password] = banner as RegExpExecArray
      expect(email).toBe('first@vie.test')
      const token = await login(first.url, email as string, password as string)
      const me = await fetch(`${first.url}/api/users/me`, { headers: authHeaders(token) })
      expect(((await me.json()) as { user: { role: string } }).user.role).toBe('admin')

      const created = await fetch(`${first.url}/api/users`, {
        method: 'POST',
        headers: authHeaders(token),
        body: JSON.stringify({ email: 'editor@vie.test', password: 'editor-password-1', role: 'editor' }),
      })
      expect(created.status).toBe(201)
      dataDir = first.dataDir
      expect(await first.stop()).toBe(0)

      const second = await bootServer({ dataDir, env: { ADMIN_EMAIL: 'first@vie.test', ADMIN_PASSWORD: '' } })
      try {
        expect(second.output()).not.toMatch(/First admin created/)
        const again = await login(second.url, email as string, password as string)
        const users = await fetch(`${second.url}/api/users?limit=10`, { headers: authHeaders(again) })
        const list = (await users.json()) as { totalDocs: number; docs: { email: string }[] }
        expect(list.totalDocs).toBe(2)
        expect(list.docs.map((u) => u.email).sort()).toEqual(['editor@vie.test', 'first@vie.test'])
      } finally {
        await second.stop()
      }
    } finally {
      await first.stop()
    }
  })
})

describe('graceful shutdown', () => {
  it('lets a request in flight finish after SIGTERM, then exits 0', async () => {
    const server = await bootServer()
    const { port } = new URL(server.url)
    const body = JSON.stringify({ email: 'admin@vie.test', password: 'admin-password-123' })

    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: 'localhost',
          port,
          method: 'POST',
          path: '/api/users/login',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        },
      )
      req.on('error', reject)
      // Half the body now, SIGTERM, the rest a second later: the request is in flight throughout.
      req.write(body.slice(0, 10))
      setTimeout(() => {
        server.process.kill('SIGTERM')
        setTimeout(() => req.end(body.slice(10)), 1000)
      }, 200)
    })

    const { status, text } = await response
    expect(status).toBe(200)
    expect(JSON.parse(text)).toHaveProperty('token')
    expect(await server.stop()).toBe(0)
    expect(server.output()).toContain('SIGTERM received')
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
  })
})

describe('widget delivery', () => {
  it('serves the widget bundle as a JavaScript module to any origin', async () => {
    const server = await bootServer()
    try {
      const res = await fetch(`${server.url}/widgets/v1/vie-widgets.js`, { headers: { origin: 'https://www.hamm.de' } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/javascript/)
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect(await res.text()).toContain('customElements')
      expect((await fetch(`${server.url}/widgets/v1/missing.js`)).status).toBe(404)
    } finally {
      await server.stop()
    }
  })
})
