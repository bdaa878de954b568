import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

import { createRecord } from '../helpers/recordFixtures'
import { type RecordCollection, restInput, uniqueName } from '../helpers/recordInputs'
import { idOf, pngImage, rest, uploadImage } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'

/** A field each collection's CRUD check changes, and the value it changes it to. */
const CHANGES: Record<RecordCollection, [string, unknown]> = {
  networks: ['acronym', 'NEU'],
  tandems: ['status', 'completed'],
  events: ['status', 'postponed'],
  municipalities: ['population', 250_000],
  projects: ['projectTitle', 'Neuer Titel'],
  topics: ['description', 'Neue Beschreibung'],
}

describe('records over REST', () => {
  // The job queue is worked every second so scheduled publishing can be watched within a test.
  const booted = useRecordServer({ env: { JOBS_AUTORUN_CRON: '* * * * * *' } })

  describe('CRUD as editor', () => {
    it.each(Object.keys(CHANGES) as RecordCollection[])('%s: create, read, update, delete', async (collection) => {
      const input = restInput(collection, booted.refs)
      const created = await rest(booted.who.editor, 'POST', `/${collection}`, input)
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = idOf(created)
      const slug = (created.body.doc as { slug: string }).slug
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)

      const read = await rest(booted.who.editor, 'GET', `/${collection}/${id}?depth=0`)
      expect(read.status).toBe(200)
      for (const [field, value] of Object.entries(input)) {
        if (typeof value !== 'object') expect(read.body[field], field).toEqual(value)
      }
      const bySlug = await rest(booted.who.editor, 'GET', `/${collection}?where[slug][equals]=${slug}&depth=0`)
      expect((bySlug.body.docs as { id: string }[]).map((doc) => doc.id)).toEqual([id])

      const [field, value] = CHANGES[collection]
      const updated = await rest(booted.who.editor, 'PATCH', `/${collection}/${id}`, { [field]: value })
      expect(updated.status, JSON.stringify(updated.body)).toBe(200)
      expect((await rest(booted.who.editor, 'GET', `/${collection}/${id}`)).body[field]).toEqual(value)

      expect((await rest(booted.who.editor, 'DELETE', `/${collection}/${id}`)).status).toBe(200)
      expect((await rest(booted.who.editor, 'GET', `/${collection}/${id}`)).status).toBe(404)
    })

    it('media: uploads an image with both alt texts and makes the responsive sizes', async () => {
      const uploaded = await uploadImage(
        booted.who.editor,
        { alt: { de: 'Logo des Netzwerks', en: 'Network logo' } },
        { name: 'netzwerk.png', bytes: new Uint8Array(await pngImage(1800, 900)) },
      )
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
      const id = idOf(uploaded)
      const doc = (await rest(booted.who.anonymous, 'GET', `/media/${id}`)).body as {
        alt: { de: string; en: string }
        sizes: Record<string, { width: number | null; url: string | null }>
      }
      expect(doc.alt).toEqual({ de: 'Logo des Netzwerks', en: 'Network logo' })
      expect(doc.sizes.thumbnail?.width).toBe(320)
      expect(doc.sizes.card?.width).toBe(768)
      expect(doc.sizes.large?.width).toBe(1600)
      const file = await fetch(`${booted.server.url}${doc.sizes.card?.url}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/png')

      const renamed = await rest(booted.who.editor, 'PATCH', `/media/${id}`, { alt: { de: 'Logo', en: 'Logo' } })
      expect(renamed.status).toBe(200)
      expect((await rest(booted.who.editor, 'DELETE', `/media/${id}`)).status).toBe(200)
      expect((await rest(booted.who.editor, 'GET', `/media/${id}`)).status).toBe(404)
    })
  })

  describe('publishing', () => {
    it('publishes and unpublishes: anonymous callers see only the published state', async () => {
      const id = await createRecord(booted.who.editor, 'events', booted.refs, true)
      expect((await rest(booted.who.anonymous, 'GET', `/events/${id}`)).status).toBe(404)

      expect((await rest(booted.who.editor, 'PATCH', `/events/${id}`, { _status: 'published' })).status).toBe(200)
      expect((await rest(booted.who.anonymous, 'GET', `/events/${id}`)).status).toBe(200)

      expect((await rest(booted.who.editor, 'PATCH', `/events/${id}`, { _status: 'draft' })).status).toBe(200)
      expect((await rest(booted.who.anonymous, 'GET', `/events/${id}`)).status).toBe(404)
    })

    it('keeps every save as a version that can be restored, as a draft', async () => {
      const id = await createRecord(booted.who.editor, 'networks', booted.refs)
      await rest(booted.who.editor, 'PATCH', `/networks/${id}`, { acronym: 'V2' })
      await rest(booted.who.editor, 'PATCH', `/networks/${id}`, { acronym: 'V3' })
      const versions = await rest(booted.who.editor, 'GET', `/networks/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`)
      const docs = versions.body.docs as { id: string; version: { acronym: string | null } }[]
      expect(docs.map((doc) => doc.version.acronym)).toEqual([null, 'V2', 'V3'])

      const restored = await rest(booted.who.editor, 'POST', `/networks/versions/${docs[1]?.id}`)
      expect(restored.status, JSON.stringify(restored.body)).toBe(200)
      expect((await rest(booted.who.editor, 'GET', `/networks/${id}?draft=true`)).body).toMatchObject({ acronym: 'V2', _status: 'draft' })
      expect((await rest(booted.who.editor, 'GET', `/networks/${id}`)).body.acronym).toBe('V3')
      expect((await rest(booted.who.editor, 'PATCH', `/networks/${id}`, { _status: 'published' })).status).toBe(200)
      expect((await rest(booted.who.anonymous, 'GET', `/networks/${id}`)).body.acronym).toBe('V2')
    })

    it('publishes a scheduled event through the job queue the server runs', async () => {
      const id = await createRecord(booted.who.editor, 'events', booted.refs, true)
      const me = (await rest(booted.who.editor, 'GET', '/users/me')).body.user as { id: string }

      // Queue the job the way the admin's schedule drawer does, on the server's database.
      process.env.DATABASE_URI = `file:${booted.server.dbFile}`
      process.env.PAYLOAD_SECRET = 'test-secret-for-vie-integration-tests'
      const { default: config } = await import('../../src/payload.config')
      const local = await getPayload({ config, disableOnInit: true })
      try {
        await local.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'publish', doc: { relationTo: 'events', value: id }, user: { relationTo: 'users', value: me.id } },
          waitUntil: new Date(Date.now() + 1500),
        })
      } finally {
        await local.destroy()
      }
      expect((await rest(booted.who.anonymous, 'GET', `/events/${id}`)).status).toBe(404)

      let status = 404
      for (let attempt = 0; attempt < 40 && status !== 200; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        status = (await rest(booted.who.anonymous, 'GET', `/events/${id}`)).status
      }
      expect(status).toBe(200)
    })
  })

  describe('derived and localized values', () => {
    it('derives the size class from the population on every save', async () => {
      const created = await rest(booted.who.editor, 'POST', '/municipalities', {
        name: uniqueName('Großstadt'),
        kind: 'municipality',
        country: 'DE',
        population: 150_000,
        sizeClass: 'landgemeinde',
      })
      const id = idOf(created)
      const sizeClass = async () => (await rest(booted.who.editor, 'GET', `/municipalities/${id}`)).body.sizeClass
      expect(await sizeClass()).toBe('grossstadt')
      await rest(booted.who.editor, 'PATCH', `/municipalities/${id}`, { population: 15_000 })
      expect(await sizeClass()).toBe('kleinstadt')
      await rest(booted.who.editor, 'PATCH', `/municipalities/${id}`, { region: 'Hessen' })
      expect(await sizeClass()).toBe('kleinstadt')
      await rest(booted.who.editor, 'PATCH', `/municipalities/${id}`, { population: null })
      expect(await sizeClass()).toBeNull()
    })

    it('builds the slug from the German name once and keeps it on renames', async () => {
      const created = await rest(booted.who.editor, 'POST', '/topics', { label: 'Straße & Städte: Übersicht' })
      expect((created.body.doc as { slug: string }).slug).toBe('strasse-staedte-uebersicht')
      const id = idOf(created)
      await rest(booted.who.editor, 'PATCH', `/topics/${id}`, { label: 'Anderer Name' })
      expect((await rest(booted.who.editor, 'GET', `/topics/${id}`)).body.slug).toBe('strasse-staedte-uebersicht')
      await rest(booted.who.editor, 'PATCH', `/topics/${id}`, { slug: 'strassen-und-staedte' })
      expect((await rest(booted.who.editor, 'GET', `/topics/${id}`)).body.slug).toBe('strassen-und-staedte')
    })

    it('keeps German and English apart and falls back to German', async () => {
      const id = await createRecord(booted.who.editor, 'networks', booted.refs)
      const german = (await rest(booted.who.editor, 'GET', `/networks/${id}`)).body.name as string
      const english = await rest(booted.who.editor, 'PATCH', `/networks/${id}?locale=en`, { goals: 'Shared goals' })
      expect(english.status, JSON.stringify(english.body)).toBe(200)

      const en = await rest(booted.who.anonymous, 'GET', `/networks/${id}?locale=en`)
      expect(en.body.goals).toBe('Shared goals')
      expect(en.body.name).toBe(german)
      expect((await rest(booted.who.anonymous, 'GET', `/networks/${id}?locale=en&fallback-locale=none`)).body.name).toBeNull()
      expect((await rest(booted.who.anonymous, 'GET', `/networks/${id}?locale=de`)).body.goals).toBeNull()
    })
  })
})
