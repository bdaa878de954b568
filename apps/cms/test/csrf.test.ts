import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, login } from './helpers/api'
import { bootServer, type BootedServer } from './helpers/bootServer'

describe('CSRF protection for cookie-authenticated writes', () => {
  let server: BootedServer
  let cookie: string

  beforeAll(async () => {
    server = await bootServer()
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@vie.test', password: 'admin-password-123' }),
    })
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect(cookie).toMatch(/^payload-token=/)
  })
  afterAll(async () => {
    await server?.stop()
  })

  const createUser = (email: string, headers: Record<string, string>) =>
    fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify({ email, password: 'some-password-1', role: 'editor' }),
    })

  it('refuses a write with the session cookie from another origin, and nothing is saved', async () => {
    const res = await createUser('forged@vie.test', { origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    expect(JSON.stringify(await res.json())).toMatch(/Cross-site request refused/)
    const crossSite = await createUser('forged2@vie.test', { 'sec-fetch-site': 'cross-site' })
    expect(crossSite.status).toBe(403)

    const token = await login(server.url, 'admin@vie.test', 'admin-password-123')
    const list = await fetch(`${server.url}/api/users?where[email][like]=forged`, { headers: authHeaders(token) })
    expect(((await list.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('accepts the same write from the admin origin and from token clients', async () => {
    const same = await createUser('same-origin@vie.test', { origin: server.url })
    expect(same.status).toBe(201)
    const token = await login(server.url, 'admin@vie.test', 'admin-password-123')
    const withToken = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { ...authHeaders(token), origin: 'https://tool.example' },
      body: JSON.stringify({ email: 'token-client@vie.test', password: 'some-password-1', role: 'editor' }),
    })
    expect(withToken.status).toBe(201)
  })
})
