import { describe, expect, it } from 'vitest'

import { EDITOR, idOf, rest } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'

/**
 * Behind a TLS proxy (TRUST_PROXY, X-Forwarded-*) with a tight auth rate limit: three attempts,
 * then one a minute. Each check speaks from its own X-Forwarded-For address, so the limit only
 * bites where a test wants it to.
 */
const env = { TRUST_PROXY: 'true', SERVER_URL: 'https://vie.example.test', AUTH_RATE_BURST: '3', AUTH_RATE_PER_MINUTE: '1' }

let nextAddress = 10
const freshAddress = (): string => `198.51.100.${++nextAddress}`

type Answer = { status: number; headers: Headers; body: unknown }

describe('auth abuse: rate limit and no account enumeration', () => {
  const booted = useRecordServer({ env })

  async function post(path: string, body: unknown, address: string): Promise<Answer> {
    const res = await fetch(`${booted.server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, 'accept-language': 'en' },
      body: JSON.stringify(body),
    })
    return { status: res.status, headers: res.headers, body: await res.json() }
  }
  const login = (email: string, password: string, address = freshAddress()) => post('/api/users/login', { email, password }, address)
  const graphqlLogin = (email: string, password: string, address = freshAddress()) =>
    post(
      '/api/graphql',
      { query: 'mutation($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }', variables: { e: email, p: password } },
      address,
    )

  it.each(['login', 'forgot-password', 'reset-password', 'first-register'])(
    'limits /api/users/%s per address with 429, Retry-After and problem+json',
    async (route) => {
      const address = freshAddress()
      const body = { email: 'nobody@vie.test', password: 'not-the-password', token: 'x', passwordConfirm: 'x' }
      const first = await Promise.all([1, 2, 3].map(() => post(`/api/users/${route}`, body, address)))
      for (const answer of first) expect(answer.status, JSON.stringify(answer.body)).not.toBe(429)

      const limited = await post(`/api/users/${route}`, body, address)
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(limited.headers.get('content-type')).toContain('application/problem+json')
      expect(limited.body).toMatchObject({ status: 429, title: 'Too many requests', detail: expect.stringMatching(/retry after \d+ s/) })

      // Another address is not affected.
      expect((await post(`/api/users/${route}`, body, freshAddress())).status).not.toBe(429)
    },
  )

  it('limits the GraphQL login from the same allowance as REST', async () => {
    const address = freshAddress()
    await login('nobody@vie.test', 'x', address)
    await login('nobody@vie.test', 'x', address)
    const third = await graphqlLogin('nobody@vie.test', 'x', address)
    expect((third.body as { errors: { extensions: { statusCode: number } }[] }).errors[0]?.extensions.statusCode).toBe(401)
    const fourth = await graphqlLogin('nobody@vie.test', 'x', address)
    const [error] = (fourth.body as { errors: { message: string; extensions: { statusCode: number } }[] }).errors
    expect(error?.extensions.statusCode).toBe(429)
    expect(error?.message).toMatch(/Too many sign-in attempts .* retry after \d+ s/)
  })

  it('answers an unknown address, a wrong password and a locked account alike (REST and GraphQL)', async () => {
    const victim = { email: 'locked@vie.test', password: 'locked-password-123' }
    idOf(await rest(booted.who.admin, 'POST', '/users', { ...victim, role: 'editor', name: 'Gesperrt' }))
    // Five wrong passwords (from as many addresses, so the rate limit stays out of it) lock it.
    for (let attempt = 0; attempt < 5; attempt++) expect((await login(victim.email, 'wrong-password')).status).toBe(401)

    const cases = {
      unknown: await login('nobody-here@vie.test', 'wrong-password'),
      wrongPassword: await login(EDITOR.email, 'wrong-password'),
      lockedWrongPassword: await login(victim.email, 'wrong-password'),
      lockedRightPassword: await login(victim.email, victim.password),
    }
    for (const [name, answer] of Object.entries(cases)) {
      expect({ name, status: answer.status, body: answer.body }).toEqual({ name, status: 401, body: cases.unknown.body })
    }
    expect(JSON.stringify(cases.unknown.body)).not.toMatch(/lock/i)

    const graphqlCases = {
      unknown: await graphqlLogin('nobody-here@vie.test', 'wrong-password'),
      wrongPassword: await graphqlLogin(EDITOR.email, 'wrong-password'),
      locked: await graphqlLogin(victim.email, victim.password),
    }
    const errorOf = (answer: Answer) => (answer.body as { errors: { message: string; extensions: unknown }[] }).errors.map(({ message, extensions }) => ({ message, extensions }))
    for (const [name, answer] of Object.entries(graphqlCases)) {
      expect({ name, errors: errorOf(answer) }).toEqual({ name, errors: errorOf(graphqlCases.unknown) })
    }

    // The real owner, once an admin unlocks the account, gets in again.
    const unlocked = await fetch(`${booted.server.url}/api/users/unlock`, {
      method: 'POST',
      headers: { authorization: `JWT ${booted.who.admin.token}`, 'content-type': 'application/json', 'x-forwarded-for': freshAddress() },
      body: JSON.stringify({ email: victim.email }),
    })
    expect(unlocked.status).toBe(200)
    expect((await login(victim.email, victim.password)).status).toBe(200)
  })

  it('answers a password-reset request the same for known and unknown addresses', async () => {
    const known = await post('/api/users/forgot-password', { email: EDITOR.email }, freshAddress())
    const unknown = await post('/api/users/forgot-password', { email: 'nobody-here@vie.test' }, freshAddress())
    expect(known.status).toBe(200)
    expect(unknown).toMatchObject({ status: known.status, body: known.body })
  })

  it('never answered with a server error', () => {
    expect(booted.server.output()).not.toMatch(/ 5\d\d \d+(\.\d+)?ms/)
  })
})
