import { describe, expect, it } from 'vitest'

import {
  type Channel,
  GRAPHQL_NAMES,
  type PublicChannel,
  leaksIn,
  type MatrixCollection,
  type MatrixOperation,
  matrixRows,
  PATCHES,
  resignedToken,
  type Role,
  ROLES,
} from '../helpers/accessMatrix'
import { createRecord, inputFor } from '../helpers/recordFixtures'
import { graphqlInput, uniqueName } from '../helpers/recordInputs'
import type { Json } from '../helpers/api'
import { ADMIN, EDITOR, graphql, pngImage, rest } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'

const SECRET = 'test-secret-for-vie-integration-tests'

/** How a role presents itself: a token in the Authorization header, a cookie, or nothing. */
type Agent = { role: Role; headers: Record<string, string>; ownEmail?: string }
type Answer = { status: number; text: string }

/** A published and a draft record of each versioned collection, with what identifies them publicly. */
type Sample = { id: string; slug: string; label: string }
type Samples = Record<'published' | 'draft', Partial<Record<MatrixCollection, Sample>>>

const rows = matrixRows()
const LABEL_FIELD: Partial<Record<MatrixCollection, string>> = { networks: 'name', tandems: 'title', events: 'title', municipalities: 'name' }
// Events list upcoming ones unless asked otherwise; the samples lie in the past.
const everything = (c: MatrixCollection) => (c === 'events' ? '&when=all' : '')
const PUBLIC_LIST: Record<PublicChannel, (c: MatrixCollection) => string> = {
  publicJson: (c) => `/${c}?limit=100${everything(c)}`,
  jsonld: (c) => `/${c}?limit=100&format=jsonld${everything(c)}`,
  ics: () => '/events.ics',
  csv: (c) => `/${c}.csv`,
  stats: () => '/stats',
}
const PUBLIC_DETAIL: Partial<Record<PublicChannel, (c: MatrixCollection, slug: string) => string>> = {
  publicJson: (c, slug) => `/${c}/${slug}`,
  jsonld: (c, slug) => `/${c}/${slug}?format=jsonld`,
  ics: (_c, slug) => `/events/${slug}.ics`,
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** Whether `text` names `token` as a whole: "Thema 1-1" must not be found in "Thema 1-12". */
const mentions = (text: string, token: string): boolean => new RegExp(`${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`).test(text)

describe('access matrix: roles × collections × operations × channels', () => {
  const booted = useRecordServer({ env: { PUBLIC_API_POLL_MS: '200', AUTH_RATE_BURST: '100' } })
  const leaks: string[] = []
  let foreignEmails: string[] = []

  /** Every request of the matrix: records what a non-admin was shown that it must not see. */
  async function send(agent: Agent, method: string, url: string, body?: Json | FormData, where = url): Promise<Answer> {
    const json = body !== undefined && !(body instanceof FormData)
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { ...agent.headers, ...(json ? { 'content-type': 'application/json' } : {}) },
      body: json ? JSON.stringify(body) : body,
    })
    const text = await res.text()
    if (agent.role !== 'admin') {
      const others = foreignEmails.filter((email) => email !== agent.ownEmail)
      for (const leak of leaksIn(text, { foreignEmails: others, signedIn: agent.role === 'editor' })) leaks.push(`${agent.role} ${method} ${where}: ${leak}`)
    }
    return { status: res.status, text }
  }

  const api = (agent: Agent, method: string, path: string, body?: Json | FormData) => send(agent, method, `${booted.server.url}/api${path}`, body)
  const publicApi = (agent: Agent, path: string, method = 'GET') => send(agent, method, `${booted.server.url}/public/v1${path}`)
  const page = (agent: Agent, path: string) => send(agent, 'GET', `${booted.server.url}/admin${path}`)
  async function gql(agent: Agent, query: string, variables?: Json): Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }> {
    const answer = await send(agent, 'POST', `${booted.server.url}/api/graphql`, { query, variables }, `graphql ${query.slice(0, 60)}`)
    return JSON.parse(answer.text) as { data?: Record<string, unknown> | null; errors?: unknown[] }
  }

  const agents = {} as Record<Role, Agent>
  const samples: Samples = { published: {}, draft: {} }

  async function sample(collection: MatrixCollection, draft: boolean): Promise<Sample> {
    const id = await createRecord(booted.who.admin, collection, booted.refs, draft)
    const doc = (await rest(booted.who.admin, 'GET', `/${collection}/${id}?draft=true&depth=0`)).body
    return { id, slug: String(doc.slug), label: String(doc[LABEL_FIELD[collection] ?? 'slug']) }
  }

  async function setUp(): Promise<void> {
    const url = booted.server.url
    const tokenOf = (name: 'editor' | 'admin') => booted.who[name].token ?? ''
    // A second editor session, logged out again: its cookie is what a shared browser keeps.
    const login = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(EDITOR),
    })
    const staleToken = ((await login.json()) as { token: string }).token
    const logout = await fetch(`${url}/api/users/logout`, { method: 'POST', headers: { cookie: `payload-token=${staleToken}` } })
    expect(logout.status).toBe(200)
    const expiredToken = resignedToken(tokenOf('editor'), SECRET, -60)

    agents.anonymous = { role: 'anonymous', headers: {} }
    agents.loggedOut = { role: 'loggedOut', headers: { cookie: `payload-token=${staleToken}` } }
    agents.expired = { role: 'expired', headers: { authorization: `JWT ${expiredToken}`, cookie: `payload-token=${expiredToken}` } }
    agents.editor = { role: 'editor', headers: { cookie: `payload-token=${tokenOf('editor')}` }, ownEmail: EDITOR.email }
    agents.admin = { role: 'admin', headers: { cookie: `payload-token=${tokenOf('admin')}` } }

    // Someone asked for a password reset: the account now holds a reset token that must stay hidden.
    await fetch(`${url}/api/users/forgot-password`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EDITOR.email }) })
    foreignEmails = [ADMIN.email, EDITOR.email]

    for (const collection of ['networks', 'tandems', 'events'] as const) {
      samples.published[collection] = await sample(collection, false)
      samples.draft[collection] = await sample(collection, true)
    }
    samples.published.municipalities = await sample('municipalities', false)
    // The read model follows changes within its poll interval; wait until the last record shows.
    const last = samples.published.municipalities
    await expect.poll(async () => (await fetch(`${url}/public/v1/municipalities/${last.slug}`)).status, { timeout: 15_000 }).toBe(200)
  }

  /** Creates a record as admin for checks that change or remove it; users get addresses noted as secret. */
  async function fresh(collection: MatrixCollection, draft = false): Promise<string> {
    const id = await createRecord(booted.who.admin, collection, booted.refs, draft)
    if (collection === 'users') {
      foreignEmails.push(String((await rest(booted.who.admin, 'GET', `/users/${id}`)).body.email))
    }
    return id
  }

  async function createBody(collection: MatrixCollection): Promise<Json | FormData> {
    const input = inputFor(collection, booted.refs)
    if (collection !== 'media') return input
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await pngImage())], { type: 'image/png' }), `${uniqueName('logo').replace(/\W/g, '-')}.png`)
    form.append('_payload', JSON.stringify(input))
    return form
  }

  const exists = async (collection: MatrixCollection, id: string) =>
    (await rest(booted.who.admin, 'GET', `/${collection}/${id}?depth=0`)).status === 200

  async function viaRest(agent: Agent, collection: MatrixCollection, operation: MatrixOperation): Promise<boolean> {
    switch (operation) {
      case 'list': {
        const answer = await api(agent, 'GET', `/${collection}?limit=100&depth=0`)
        if (answer.status === 200 && collection === 'users' && agent.role === 'editor') {
          expect((JSON.parse(answer.text) as { docs: { email: string }[] }).docs.map((user) => user.email)).toEqual([EDITOR.email])
        }
        return answer.status === 200
      }
      case 'read': {
        const id = await fresh(collection)
        return (await api(agent, 'GET', `/${collection}/${id}?depth=0`)).status === 200
      }
      case 'create': {
        const answer = await api(agent, 'POST', `/${collection}`, await createBody(collection))
        expect([201, 401, 403], answer.text).toContain(answer.status)
        return answer.status === 201
      }
      case 'update': {
        const id = await fresh(collection)
        const answer = await api(agent, 'PATCH', `/${collection}/${id}`, PATCHES[collection])
        const after = (await rest(booted.who.admin, 'GET', `/${collection}/${id}?depth=0`)).body
        const [field, value] = Object.entries(PATCHES[collection])[0] as [string, unknown]
        expect(after[field] === value, `status ${answer.status}`).toBe(answer.status === 200)
        return after[field] === value
      }
      case 'delete': {
        const id = await fresh(collection)
        const answer = await api(agent, 'DELETE', `/${collection}/${id}`)
        const gone = !(await exists(collection, id))
        expect(gone, `status ${answer.status}`).toBe(answer.status === 200)
        return gone
      }
      case 'publish': {
        const id = await fresh(collection, true)
        await api(agent, 'PATCH', `/${collection}/${id}`, { _status: 'published' })
        return (await rest(booted.who.admin, 'GET', `/${collection}/${id}?depth=0`)).body._status === 'published'
      }
      case 'readDraft': {
        const draft = samples.draft[collection] as Sample
        const byId = await api(agent, 'GET', `/${collection}/${draft.id}?draft=true&depth=0`)
        const list = await api(agent, 'GET', `/${collection}?draft=true&limit=100&depth=0`)
        const listed = list.status === 200 && list.text.includes(draft.id)
        expect(listed).toBe(byId.status === 200)
        return byId.status === 200
      }
      case 'readVersions':
        return (await api(agent, 'GET', `/${collection}/versions?limit=1`)).status === 200
    }
  }

  async function viaGraphQL(agent: Agent, collection: MatrixCollection, operation: MatrixOperation): Promise<boolean> {
    const { single, plural } = GRAPHQL_NAMES[collection]
    const answered = (reply: Awaited<ReturnType<typeof gql>>, field: string) => {
      const value = reply.data?.[field]
      expect(value === null || value === undefined, JSON.stringify(reply)).toBe(Boolean(reply.errors?.length))
      return value !== null && value !== undefined
    }
    switch (operation) {
      case 'list':
        return answered(await gql(agent, `{ ${plural}(limit: 100) { totalDocs docs { id } } }`), plural)
      case 'read': {
        const id = await fresh(collection)
        return answered(await gql(agent, `query($id: String!) { ${single}(id: $id) { id } }`, { id }), single)
      }
      case 'create': {
        const data = collection === 'users' ? inputFor(collection, booted.refs) : graphqlInput(collection as Parameters<typeof graphqlInput>[0], booted.refs)
        return answered(await gql(agent, `mutation($data: mutation${single}Input!) { create${single}(data: $data) { id } }`, { data }), `create${single}`)
      }
      case 'update': {
        const id = await fresh(collection)
        const mutation = `mutation($id: String!, $data: mutation${single}UpdateInput!) { update${single}(id: $id, data: $data) { id } }`
        return answered(await gql(agent, mutation, { id, data: PATCHES[collection] }), `update${single}`)
      }
      case 'delete': {
        const id = await fresh(collection)
        const reply = await gql(agent, `mutation($id: String!) { delete${single}(id: $id) { id } }`, { id })
        const gone = !(await exists(collection, id))
        expect(gone).toBe(answered(reply, `delete${single}`))
        return gone
      }
      case 'publish': {
        const id = await fresh(collection, true)
        const mutation = `mutation($id: String!) { update${single}(id: $id, data: { _status: published }) { id } }`
        await gql(agent, mutation, { id })
        return (await rest(booted.who.admin, 'GET', `/${collection}/${id}?depth=0`)).body._status === 'published'
      }
      case 'readDraft': {
        const draft = samples.draft[collection] as Sample
        return answered(await gql(agent, `query($id: String!) { ${single}(id: $id, draft: true) { id } }`, { id: draft.id }), single)
      }
      case 'readVersions':
        return answered(await gql(agent, `{ versions${plural}(limit: 1) { totalDocs } }`), `versions${plural}`)
    }
  }

  /** Public channels: "granted" means the record is shown; drafts must be nowhere; writes refused. */
  async function viaPublic(agent: Agent, channel: PublicChannel, collection: MatrixCollection, operation: MatrixOperation): Promise<boolean> {
    const published = samples.published[collection] as Sample
    switch (operation) {
      case 'list': {
        const answer = await publicApi(agent, PUBLIC_LIST[channel](collection))
        if (channel === 'stats') return answer.status === 200
        return answer.status === 200 && mentions(answer.text, channel === 'publicJson' || channel === 'jsonld' ? published.slug : published.label)
      }
      case 'read': {
        const answer = await publicApi(agent, (PUBLIC_DETAIL[channel] as (c: MatrixCollection, slug: string) => string)(collection, published.slug))
        return answer.status === 200 && mentions(answer.text, published.slug)
      }
      case 'readDraft': {
        const draft = samples.draft[collection] as Sample
        const list = await publicApi(agent, PUBLIC_LIST[channel](collection === 'municipalities' ? 'networks' : collection))
        const shownInList = mentions(list.text, draft.slug) || mentions(list.text, draft.label)
        const detail = PUBLIC_DETAIL[channel]
        const shownAlone = detail ? (await publicApi(agent, detail(collection, draft.slug))).status !== 404 : false
        return shownInList || shownAlone
      }
      default: {
        const method = operation === 'create' ? 'POST' : operation === 'update' ? 'PATCH' : 'DELETE'
        const path = operation === 'create' ? `/${collection}` : `/${collection}/${published.slug}`
        const answer = await publicApi(agent, path, method)
        expect(answer.status).toBe(405)
        return false
      }
    }
  }

  /** Admin pages: granted when the page renders, not when it sends the caller to the login or away. */
  async function viaAdmin(agent: Agent, collection: MatrixCollection, operation: MatrixOperation): Promise<boolean> {
    const path =
      operation === 'list'
        ? `/collections/${collection}`
        : operation === 'read'
          ? `/collections/${collection}/${await fresh(collection)}`
          : `/collections/${collection}/${await fresh(collection)}/versions`
    const answer = await page(agent, path)
    const redirected = /NEXT_REDIRECT;(?:replace|push);/.test(answer.text) || (answer.status >= 300 && answer.status < 400)
    expect(answer.status, answer.text.slice(0, 200)).toBeLessThan(500)
    return answer.status === 200 && !redirected
  }

  function probe(agent: Agent, collection: MatrixCollection, operation: MatrixOperation, channel: Channel): Promise<boolean> {
    if (channel === 'rest') return viaRest(agent, collection, operation)
    if (channel === 'graphql') return viaGraphQL(agent, collection, operation)
    if (channel === 'admin') return viaAdmin(agent, collection, operation)
    return viaPublic(agent, channel, collection, operation)
  }

  it('sees expired and logged-out credentials as anonymous, and only because they are', async () => {
    await setUp()
    // The same claims, signed the same way but still valid, are accepted: the expiry is what counts.
    const valid = resignedToken(booted.who.editor.token ?? '', SECRET, 600)
    const me = await fetch(`${booted.server.url}/api/users/me`, { headers: { authorization: `JWT ${valid}` } })
    expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe(EDITOR.email)
    for (const role of ['expired', 'loggedOut'] as const) {
      const answer = await api(agents[role], 'GET', '/users/me')
      expect((JSON.parse(answer.text) as { user: unknown }).user, role).toBeNull()
    }
  })

  it.each(ROLES)('%s: every collection, operation and channel as the policy says', async (role) => {
    const mismatches: string[] = []
    const mine = rows.filter((row) => row.role === role)
    // A few checks at a time keep the server busy; uploads go one by one, since Payload picks a
    // free file name per upload and two at once can pick the same.
    const batches = [
      ...chunks(mine.filter((row) => row.collection !== 'media'), 8),
      ...chunks(mine.filter((row) => row.collection === 'media'), 1),
    ]
    for (const batch of batches) {
      await Promise.all(
        batch.map(async ({ collection, operation, channel, expected }) => {
          let got: boolean | string
          try {
            got = await probe(agents[role], collection, operation, channel)
          } catch (error) {
            got = `error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
          }
          if (got !== expected) mismatches.push(`${role} / ${collection} / ${operation} / ${channel}: expected ${expected ? 'allowed' : 'refused'}, got ${String(got)}`)
        }),
      )
    }
    expect(mismatches, mismatches.join('\n')).toEqual([])
  }, 180_000)

  it('showed no password hash, salt, reset token, lock state or foreign e-mail to a non-admin', () => {
    expect(leaks, leaks.slice(0, 20).join('\n')).toEqual([])
  })

  it('never answered with a server error', () => {
    expect(booted.server.output()).not.toMatch(/ (5\d\d) \d+(\.\d+)?ms/)
  })

  describe('beyond the matrix', () => {
    it('keeps the job queue to admins', async () => {
      expect((await rest(booted.who.anonymous, 'GET', '/payload-jobs')).status).toBe(403)
      expect((await rest(booted.who.editor, 'GET', '/payload-jobs')).status).toBe(403)
      expect((await rest(booted.who.admin, 'GET', '/payload-jobs')).status).toBe(200)
      expect((await rest(booted.who.editor, 'GET', '/payload-jobs/run')).status).toBe(401)
      expect((await rest(booted.who.admin, 'GET', '/payload-jobs/run')).status).toBe(200)
    })

    it('keeps a draft away from anonymous callers everywhere it could show', async () => {
      const network = await createRecord(booted.who.editor, 'networks', booted.refs, true)
      const municipality = booted.refs.municipalities[0]

      const list = await rest(booted.who.anonymous, 'GET', '/networks?limit=100&depth=0')
      expect((list.body.docs as { id: string }[]).map((doc) => doc.id)).not.toContain(network)
      expect((await rest(booted.who.anonymous, 'GET', `/networks/${network}`)).status).toBe(404)
      expect((await rest(booted.who.anonymous, 'GET', `/networks/${network}?draft=true`)).status).toBe(404)

      const joined = await rest(booted.who.anonymous, 'GET', `/municipalities/${municipality}?depth=0`)
      expect((joined.body.networks as { docs: string[] }).docs).not.toContain(network)
      const joinedForEditor = await rest(booted.who.editor, 'GET', `/municipalities/${municipality}?depth=0`)
      expect((joinedForEditor.body.networks as { docs: string[] }).docs).toContain(network)

      const gql = await graphql(booted.who.anonymous, `{ Networks(limit: 100, draft: true) { docs { id } } }`)
      expect((gql.data?.Networks as { docs: { id: string }[] }).docs.map((doc) => doc.id)).not.toContain(network)
    })

    it('shows anonymous callers the published version while a newer draft waits', async () => {
      const id = await createRecord(booted.who.editor, 'tandems', booted.refs)
      const published = await rest(booted.who.anonymous, 'GET', `/tandems/${id}`)
      const title = published.body.title as string

      const draft = await rest(booted.who.editor, 'PATCH', `/tandems/${id}?draft=true`, { title: 'Entwurfstitel', _status: 'draft' })
      expect(draft.status).toBe(200)

      expect((await rest(booted.who.anonymous, 'GET', `/tandems/${id}`)).body.title).toBe(title)
      expect((await rest(booted.who.anonymous, 'GET', `/tandems/${id}?draft=true`)).body.title).toBe(title)
      expect((await rest(booted.who.editor, 'GET', `/tandems/${id}?draft=true`)).body.title).toBe('Entwurfstitel')
    })

    it('hides the review stamp from anonymous callers and shows it to editors', async () => {
      const id = await createRecord(booted.who.editor, 'networks', booted.refs)
      // Only the review endpoint sets the stamp; a plain PATCH keeps the stored one.
      const stamped = await rest(booted.who.editor, 'POST', '/editorial/review', { collection: 'networks', ids: [id] })
      expect(stamped.status).toBe(200)

      const forEditor = await rest(booted.who.editor, 'GET', `/networks/${id}`)
      expect(forEditor.body.reviewedAt).toBe(stamped.body.reviewedAt)
      const forAnonymous = await rest(booted.who.anonymous, 'GET', `/networks/${id}`)
      expect(forAnonymous.status).toBe(200)
      expect(forAnonymous.body).not.toHaveProperty('reviewedAt')
      expect(forAnonymous.body).not.toHaveProperty('reviewedBy')
      const gql = await graphql(booted.who.anonymous, `query($id: String!) { Network(id: $id) { slug reviewedAt } }`, { id })
      expect((gql.data?.Network as { reviewedAt: unknown }).reviewedAt).toBeNull()
    })
  })
})
