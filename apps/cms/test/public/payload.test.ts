import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import express from 'express'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicApi } from '../../src/public'
import { testConfig } from './fixtures/payloadConfig'
import { eventually } from './helpers/http'

const appRoot = path.resolve(import.meta.dirname, '../..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-public-'))
const dbFile = path.join(dir, 'vie.db')

/** Marker strings that exist only in drafts and internal fields: none may ever be served. */
const SECRETS = ['DRAFT-ONLY-NETWORK', 'draft-only-network', 'DRAFT-OVER-PUBLISHED', 'UNPUBLISHED-NETWORK', 'DRAFT-EVENT', 'INTERNAL-REVIEW-NOTE']

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
  '/tandems.csv',
  '/tandems.json',
  '/municipalities/leipzig',
  '/municipalities/leipzig?format=jsonld',
  '/events?when=all',
  '/events.ics',
  '/events.csv',
  '/events.json',
  '/stats',
  '/openapi.json',
  '/docs',
  '/catalog.jsonld',
]

type Doc = { id: number | string }
type Data = Record<string, unknown>
/**
 * The Local API over collections the generated types do not know yet (they arrive with the
 * records branch), typed just as far as these tests use it.
 */
type LocalApi = {
  create: (args: { collection: string; data: Data; draft?: boolean }) => Promise<Doc>
  update: (args: ({ id: Doc['id'] } | { where: Data }) & { collection: string; data: Data; draft?: boolean }) => Promise<unknown>
  delete: (args: { collection: string; id: Doc['id'] }) => Promise<unknown>
}

describe('public API on Payload and SQLite', () => {
  let payload: Payload
  let local: LocalApi
  let api: string
  let close: () => Promise<void>
  const ids = { published: 0 as Doc['id'], draft: 0 as Doc['id'], unpublished: 0 as Doc['id'] }

  beforeAll(async () => {
    payload = await getPayload({ config: testConfig(dbFile, { push: true }) })
    local = payload as unknown as LocalApi
    const topic = await local.create({ collection: 'topics', data: { slug: 'energy', label: 'Energie' } })
    const leipzig = await local.create({
      collection: 'municipalities',
      data: { slug: 'leipzig', name: 'Leipzig', country: 'DE', kind: 'municipality', location: { lat: 51.34, lng: 12.37 }, reviewNote: 'INTERNAL-REVIEW-NOTE' },
    })
    const network = (slug: string, name: string, status: 'draft' | 'published') =>
      local.create({
        collection: 'networks',
        draft: status === 'draft',
        data: {
          slug,
          name,
          category: 'eu-thematic',
          foundingInitiative: 'bottom-up',
          goals: `Ziele von ${name}.`,
          themes: [topic.id],
          germanMunicipalities: [leipzig.id],
          reviewNote: 'INTERNAL-REVIEW-NOTE',
          _status: status,
        },
      })
    ids.published = (await network('published-network', 'Published Network', 'published')).id
    ids.draft = (await network('draft-only-network', 'DRAFT-ONLY-NETWORK', 'draft')).id
    ids.unpublished = (await network('unpublished-network', 'UNPUBLISHED-NETWORK', 'published')).id
    await local.update({ collection: 'networks', id: ids.unpublished, data: { _status: 'draft' } })
    // A draft saved over a published record: the public keeps seeing the published version.
    await local.update({ collection: 'networks', id: ids.published, draft: true, data: { name: 'DRAFT-OVER-PUBLISHED' } })
    const tandem = await local.create({
      collection: 'tandems',
      data: { slug: 'leipzig-lyon', title: 'Leipzig – Lyon', kind: 'tandem', status: 'continuing', municipalities: [leipzig.id], _status: 'published' },
    })
    await local.create({
      collection: 'events',
      data: {
        slug: 'spring-workshop',
        title: 'Frühjahrsworkshop',
        kind: 'workshop',
        mode: 'hybrid',
        start: '2030-03-31T08:00:00.000Z',
        start_tz: 'Europe/Berlin',
        end: '2030-03-31T10:00:00.000Z',
        end_tz: 'Europe/Berlin',
        relatedTandems: [tandem.id],
        _status: 'published',
      },
    })
    await local.create({
      collection: 'events',
      draft: true,
      data: { slug: 'draft-event', title: 'DRAFT-EVENT', kind: 'workshop', start: '2030-04-01T08:00:00.000Z', _status: 'draft' },
    })

    // An hour between polls: only the collection hooks can bring a change in time.
    const { router, readModel } = publicApi(payload, { PUBLIC_API_POLL_MS: '3600000' })
    const app = express()
    app.use('/public/v1', router)
    const server = app.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/public/v1`
    close = async () => {
      await readModel.stop()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  afterAll(async () => {
    await close?.()
    await payload?.db.destroy?.()
  })

  it('serves only published records, in every format, without internal fields', async () => {
    const list = (await (await fetch(`${api}/networks?limit=100`)).json()) as { items: { slug: string; name: string }[] }
    expect(list.items).toEqual([expect.objectContaining({ slug: 'published-network', name: 'Published Network' })])
    expect((await fetch(`${api}/networks/draft-only-network`)).status).toBe(404)
    expect((await fetch(`${api}/networks/unpublished-network`)).status).toBe(404)
    expect((await fetch(`${api}/events/draft-event`)).status).toBe(404)
    for (const p of ALL_PATHS) {
      const res = await fetch(`${api}${p}`)
      expect(res.status, p).toBe(200)
      const text = await res.text()
      for (const secret of SECRETS) expect(text, `${p} leaks ${secret}`).not.toContain(secret)
    }
    const event = (await (await fetch(`${api}/events/spring-workshop`)).json()) as { start: string; timeZone: string; tandems: unknown[] }
    expect(event).toMatchObject({ start: '2030-03-31T10:00:00+02:00', timeZone: 'Europe/Berlin', tandems: [{ slug: 'leipzig-lyon', title: 'Leipzig – Lyon' }] })
    const leipzig = (await (await fetch(`${api}/municipalities/leipzig`)).json()) as { networks: { slug: string }[]; upcomingEvents: { slug: string }[] }
    expect(leipzig.networks.map((n) => n.slug)).toEqual(['published-network'])
    expect(leipzig.upcomingEvents.map((e) => e.slug)).toEqual(['spring-workshop'])
    const csv = await (await fetch(`${api}/networks.csv?lang=en`)).text()
    expect(csv).toContain('eu-thematic,European thematic city networks')
  })

  it('shows a publish, an edit, an unpublish and a delete through the collection hooks', async () => {
    await local.update({ collection: 'networks', id: ids.draft, data: { name: 'Now Public', _status: 'published' } })
    await eventually(async () => (await fetch(`${api}/networks/draft-only-network`)).status === 200)

    await local.update({ collection: 'networks', id: ids.published, data: { name: 'Renamed Network', _status: 'published' } })
    await eventually(async () => ((await (await fetch(`${api}/networks/published-network`)).json()) as { name: string }).name === 'Renamed Network')

    await local.update({ collection: 'networks', id: ids.published, data: { _status: 'draft' } })
    await eventually(async () => (await fetch(`${api}/networks/published-network`)).status === 404)

    await local.delete({ collection: 'networks', id: ids.draft })
    await eventually(async () => (await fetch(`${api}/networks/draft-only-network`)).status === 404)
    const stats = (await (await fetch(`${api}/stats`)).json()) as { networks: { total: number } }
    expect(stats.networks.total).toBe(0)
  })

  it('brings a published edit to every instance on the same database through the change marker', async () => {
    const children: ChildProcess[] = []
    try {
      const urls = await Promise.all(
        [0, 1].map(
          () =>
            new Promise<string>((resolve, reject) => {
              const child = spawn(process.execPath, ['--import', 'tsx', 'test/public/fixtures/serveTestConfig.ts'], {
                cwd: appRoot,
                env: { ...process.env, TEST_DB_FILE: dbFile, PUBLIC_API_POLL_MS: '500', NODE_ENV: 'test' },
                stdio: ['ignore', 'pipe', 'pipe'],
              })
              children.push(child)
              let log = ''
              child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
              child.stdout?.on('data', (chunk: Buffer) => {
                log += chunk.toString()
                const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log)
                if (match?.[1]) resolve(`${match[1]}/public/v1`)
              })
              child.once('exit', (code) => reject(new Error(`instance exited with ${code}:\n${log}`)))
            }),
        ),
      )
      for (const url of urls) {
        await eventually(async () => (await fetch(`${url}/tandems/leipzig-lyon`).catch(() => null))?.status === 200, 60_000)
      }
      // Written by this process: the other instances get no hook, only the shared database.
      await local.update({
        collection: 'tandems',
        where: { slug: { equals: 'leipzig-lyon' } },
        data: { title: 'Leipzig – Lyon (erweitert)', _status: 'published' },
      })
      for (const url of urls) {
        await eventually(async () => ((await (await fetch(`${url}/tandems/leipzig-lyon`)).json()) as { title: string }).title === 'Leipzig – Lyon (erweitert)')
      }
    } finally {
      for (const child of children) child.kill('SIGTERM')
    }
  })
})
