import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type BootedServer, bootServer } from '../helpers/bootServer'
import { eventually } from './helpers/http'
import { type PublicApi, recordBySlug, usePublicStack } from './helpers/publicStack'

const stack = usePublicStack()

/** The review stamp, an internal field pair (`access.read` for editors only), set on public records. */
const REVIEWED_AT = '2031-11-29T13:37:42.000Z'
const REVIEWER = { email: 'internal-reviewer@vie.test', name: 'INTERNAL-REVIEWER-NAME' }

/** Marker strings that exist only in drafts and internal fields: none may ever be served. */
const SECRETS = [
  'DRAFT-ONLY-NETWORK',
  'draft-only-network',
  'DRAFT-OVER-PUBLISHED',
  'UNPUBLISHED-NETWORK',
  'DRAFT-EVENT',
  'DRAFT-TANDEM',
  'draft-tandem',
  '2031-11-29',
  REVIEWER.email,
  REVIEWER.name,
]

/** Every representation the API has, to search for leaked drafts. */
const ALL_PATHS = [
  '/networks?limit=100',
  '/networks?limit=100&lang=en',
  '/networks?limit=100&format=jsonld',
  '/networks/published-network',
  '/networks/published-network?format=jsonld',
  '/networks.csv',
  '/networks.json?lang=en',
  '/tandems',
  '/tandems/leipzig-lyon',
  '/tandems.csv',
  '/tandems.json',
  '/municipalities/leipzig',
  '/municipalities/leipzig?format=jsonld',
  '/events?when=all&limit=100',
  '/events/vernetzungsworkshop-leipzig',
  '/events.ics',
  '/events.csv',
  '/events.json',
  '/stats',
  '/openapi.json',
  '/docs',
  '/catalog.jsonld',
]

type Id = string

/** Asserts that every path answers 200 and that no answer of the API at `api` contains a secret. */
async function expectNoLeaks(api: string, secrets: string[], paths = ALL_PATHS): Promise<void> {
  for (const p of paths) {
    const res = await fetch(`${api}${p}`)
    expect(res.status, p).toBe(200)
    const text = await res.text()
    for (const secret of secrets) expect(text, `${p} leaks ${secret}`).not.toContain(secret)
  }
}

describe('public API on Payload and SQLite', () => {
  let f: PublicApi
  let secrets: string[]
  let reviewerId: Id
  const ids = { published: '' as Id, draft: '' as Id, unpublished: '' as Id, tandem: '' as Id, leipzig: '' as Id }

  beforeAll(async () => {
    const { payload } = stack
    const system = { overrideAccess: true } as const
    const reviewer = await payload.create({ collection: 'users', ...system, data: { ...REVIEWER, password: 'reviewer-password-123', role: 'editor' } })
    reviewerId = reviewer.id
    secrets = [...SECRETS, reviewerId]
    const reviewed = { reviewedAt: REVIEWED_AT, reviewedBy: reviewer.id }

    const energy = await recordBySlug(payload, 'topics', 'energy')
    const leipzig = await recordBySlug(payload, 'municipalities', 'leipzig')
    ids.leipzig = leipzig.id
    await payload.update({ collection: 'municipalities', id: leipzig.id, ...system, data: reviewed })
    const lyon = await payload.create({
      collection: 'municipalities',
      ...system,
      data: { slug: 'lyon', name: 'Lyon', country: 'FR', kind: 'municipality', location: { lat: 45.76, lng: 4.84 } },
    })

    const network = async (slug: string, name: string, status: 'draft' | 'published') => {
      const data = {
        slug,
        name,
        category: 'eu-thematic' as const,
        foundingInitiative: 'bottom-up' as const,
        runtime: { kind: 'unknown' as const },
        goals: `Ziele von ${name}.`,
        themes: [energy.id],
        germanMunicipalities: [leipzig.id],
        ...reviewed,
      }
      const created =
        status === 'draft'
          ? await payload.create({ collection: 'networks', ...system, draft: true, data: { ...data, _status: 'draft' } })
          : await payload.create({ collection: 'networks', ...system, data: { ...data, _status: 'published' } })
      return created.id
    }
    ids.published = await network('published-network', 'Published Network', 'published')
    ids.draft = await network('draft-only-network', 'DRAFT-ONLY-NETWORK', 'draft')
    ids.unpublished = await network('unpublished-network', 'UNPUBLISHED-NETWORK', 'published')
    await payload.update({ collection: 'networks', id: ids.unpublished, ...system, data: { _status: 'draft' } })
    // A draft saved over a published record: the public keeps seeing the published version.
    await payload.update({ collection: 'networks', id: ids.published, ...system, draft: true, data: { name: 'DRAFT-OVER-PUBLISHED', _status: 'draft' } })

    const tandem = await payload.create({
      collection: 'tandems',
      ...system,
      data: {
        slug: 'leipzig-lyon',
        title: 'Leipzig – Lyon',
        kind: 'tandem',
        status: 'continuing',
        municipalities: [leipzig.id, lyon.id],
        ...reviewed,
        _status: 'published',
      },
    })
    ids.tandem = tandem.id
    await payload.create({
      collection: 'tandems',
      ...system,
      draft: true,
      data: { slug: 'draft-tandem', title: 'DRAFT-TANDEM', kind: 'tandem', municipalities: [leipzig.id, lyon.id], _status: 'draft' },
    })
    await payload.create({
      collection: 'events',
      ...system,
      data: {
        slug: 'spring-workshop',
        title: 'Frühjahrsworkshop',
        kind: 'workshop',
        mode: 'hybrid',
        status: 'scheduled',
        start: '2030-03-31T08:00:00.000Z',
        start_tz: 'Europe/Berlin',
        end: '2030-03-31T10:00:00.000Z',
        end_tz: 'Europe/Berlin',
        relatedTandems: [tandem.id],
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'events',
      ...system,
      draft: true,
      data: { slug: 'draft-event', title: 'DRAFT-EVENT', kind: 'workshop', start: '2030-04-01T08:00:00.000Z', _status: 'draft' },
    })
    // A draft over one of the seeded, published events, which Leipzig's page lists.
    const seededEvent = await recordBySlug(payload, 'events', 'vernetzungsworkshop-leipzig')
    await payload.update({ collection: 'events', id: seededEvent.id, ...system, draft: true, data: { title: 'DRAFT-OVER-PUBLISHED event', _status: 'draft' } })

    // Served after the markers exist; a clock past every seeded event and before the new one.
    f = await stack.serve({ now: '2029-01-01T00:00:00Z' })
  })
  afterAll(async () => {
    await f?.close()
  })

  it('serves only published records, in every format, without internal fields', async () => {
    // The markers are really stored: an editor sees every one of them.
    const { payload } = stack
    const latest = { draft: true, depth: 0, overrideAccess: true } as const
    expect((await payload.findByID({ collection: 'networks', id: ids.published, ...latest })).name).toBe('DRAFT-OVER-PUBLISHED')
    expect((await payload.findByID({ collection: 'networks', id: ids.unpublished, ...latest }))._status).toBe('draft')
    const seededEvent = await recordBySlug(payload, 'events', 'vernetzungsworkshop-leipzig')
    expect((await payload.findByID({ collection: 'events', id: seededEvent.id, ...latest })).title).toBe('DRAFT-OVER-PUBLISHED event')
    for (const stamped of [await recordBySlug(payload, 'municipalities', 'leipzig'), await recordBySlug(payload, 'tandems', 'leipzig-lyon')]) {
      expect(stamped).toMatchObject({ reviewedAt: REVIEWED_AT, reviewedBy: reviewerId })
    }
    expect(await payload.count({ collection: 'events', where: { slug: { equals: 'draft-event' } }, overrideAccess: true })).toEqual({ totalDocs: 1 })

    // What an anonymous visitor may read, asked of Payload itself: the seeded networks and the published marker.
    const visible = await payload.find({ collection: 'networks', depth: 0, pagination: false, overrideAccess: false, select: { slug: true } })
    expect(visible.docs).toHaveLength(35)
    const list = (await (await fetch(`${f.api}/networks?limit=100`)).json()) as { total: number; items: { slug: string; name: string }[] }
    expect(list.total).toBe(35)
    expect(list.items.map((i) => i.slug).sort()).toEqual(visible.docs.map((d) => d.slug).sort())
    expect(list.items).toContainEqual(expect.objectContaining({ slug: 'published-network', name: 'Published Network' }))
    expect((await fetch(`${f.api}/networks/draft-only-network`)).status).toBe(404)
    expect((await fetch(`${f.api}/networks/unpublished-network`)).status).toBe(404)
    expect((await fetch(`${f.api}/tandems/draft-tandem`)).status).toBe(404)
    expect((await fetch(`${f.api}/events/draft-event`)).status).toBe(404)
    await expectNoLeaks(f.api, secrets)

    const event = (await (await fetch(`${f.api}/events/spring-workshop`)).json()) as { start: string; timeZone: string; tandems: unknown[] }
    expect(event).toMatchObject({ start: '2030-03-31T10:00:00+02:00', timeZone: 'Europe/Berlin', tandems: [{ slug: 'leipzig-lyon', title: 'Leipzig – Lyon' }] })
    const seeded = (await (await fetch(`${f.api}/events/vernetzungsworkshop-leipzig`)).json()) as { title: string }
    expect(seeded.title).toBe((await recordBySlug(stack.payload, 'events', 'vernetzungsworkshop-leipzig')).title)
    const leipzig = (await (await fetch(`${f.api}/municipalities/leipzig`)).json()) as { networks: { slug: string }[]; upcomingEvents: { slug: string }[] }
    const leipzigNetworks = await stack.payload.find({
      collection: 'networks',
      where: { germanMunicipalities: { in: [ids.leipzig] } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { slug: true },
    })
    expect(leipzig.networks.map((n) => n.slug).sort()).toEqual(leipzigNetworks.docs.map((d) => d.slug).sort())
    expect(leipzig.networks.map((n) => n.slug)).toContain('published-network')
    expect(leipzig.upcomingEvents.map((e) => e.slug)).toEqual(['spring-workshop'])
    const csv = await (await fetch(`${f.api}/networks.csv?lang=en`)).text()
    expect(csv).toContain('eu-thematic,European thematic city networks')
  })

  it('shows a publish, an edit, an unpublish and a delete through the collection hooks', async () => {
    const { payload } = stack
    const total = async () => ((await (await fetch(`${f.api}/stats`)).json()) as { networks: { total: number } }).networks.total
    await payload.update({ collection: 'networks', id: ids.draft, overrideAccess: true, data: { name: 'Now Public', _status: 'published' } })
    await eventually(async () => (await fetch(`${f.api}/networks/draft-only-network`)).status === 200)
    expect(await total()).toBe(36)

    await payload.update({ collection: 'networks', id: ids.published, overrideAccess: true, data: { name: 'Renamed Network', _status: 'published' } })
    await eventually(async () => ((await (await fetch(`${f.api}/networks/published-network`)).json()) as { name: string }).name === 'Renamed Network')

    await payload.update({ collection: 'networks', id: ids.published, overrideAccess: true, data: { _status: 'draft' } })
    await eventually(async () => (await fetch(`${f.api}/networks/published-network`)).status === 404)

    await payload.delete({ collection: 'networks', id: ids.draft, overrideAccess: true })
    await eventually(async () => (await fetch(`${f.api}/networks/draft-only-network`)).status === 404)
    // The seeded networks again: one marker unpublished, one deleted, one never published.
    expect(await total()).toBe(34)
  })

  describe('more instances on the same database', () => {
    const servers: BootedServer[] = []
    let urls: string[] = []
    beforeAll(async () => {
      // Two real servers (server.ts, the built app) on this test's SQLite file: no seed of their
      // own, and a poll of the change marker every half second.
      const boot = () =>
        bootServer({ dataDir: stack.dataDir, env: { SEED_ON_EMPTY: 'false', PUBLIC_API_POLL_MS: '500' }, timeoutMs: 150_000 })
      const booted = await Promise.allSettled([boot(), boot()])
      for (const server of booted) if (server.status === 'fulfilled') servers.push(server.value)
      for (const server of booted) if (server.status === 'rejected') throw server.reason
      urls = servers.map((s) => `${s.url}/public/v1`)
    })
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()))
    })

    it('brings a published edit to every instance on the same database through the change marker', async () => {
      for (const url of urls) {
        await eventually(async () => (await fetch(`${url}/tandems/leipzig-lyon`).catch(() => null))?.status === 200, 60_000)
        // The real server's read model serves the same published set: no draft, no internal field
        // (the published marker network has been unpublished by now).
        await expectNoLeaks(url, secrets, ALL_PATHS.filter((p) => !p.startsWith('/networks/published-network')))
      }
      // Written by this process: the other instances get no hook, only the shared database.
      await stack.payload.update({
        collection: 'tandems',
        id: ids.tandem,
        overrideAccess: true,
        data: { title: 'Leipzig – Lyon (erweitert)', _status: 'published' },
      })
      for (const url of urls) {
        await eventually(async () => ((await (await fetch(`${url}/tandems/leipzig-lyon`)).json()) as { title: string }).title === 'Leipzig – Lyon (erweitert)')
      }
    })
  })
})
