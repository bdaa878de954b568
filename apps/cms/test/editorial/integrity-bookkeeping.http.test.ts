import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login } from '../helpers/api'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { restInput, uniqueName } from '../helpers/recordInputs'
import { type Caller, idOf, rest } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'
import { exportFile, importFile } from '../importExport/helpers'
import { IMPORT_ORDER } from '../../src/importExport/collections'
import { germanViolations } from '../../src/admin/dashboard/germanViolations'
import { sqliteClient } from '../../src/db/sqliteClient'
import { type LinkServer, startLinkServer } from './linkServer'

type Stamp = { record: string; published: string; versions: { id: string; updatedAt: string }[] }
type ChangeEntry = {
  at: string
  by: { name: string } | null
  status: string
  first: boolean
  changes: { field: string; locale: string | null; label: { de: string; en: string }; before: unknown; after: unknown; options?: unknown }[]
}

/**
 * Bookkeeping is not editing: the review stamp, the link check and an import of unchanged rows
 * leave `updatedAt` and the version history as they were. What editors did change is listed per
 * record, one entry per save; and whatever the admin accepts, an export imports again.
 */
describe('bookkeeping, change log and round trips over HTTP', () => {
  const ctx = useRecordServer()
  let links: LinkServer
  let editor: Caller
  let networkId: string

  /** `updatedAt` of the record (published and newest draft) and of every version. */
  const stamp = async (collection: string, id: string): Promise<Stamp> => {
    const versions = await rest(editor, 'GET', `/${collection}/versions?where[parent][equals]=${id}&sort=updatedAt&depth=0&limit=100`)
    return {
      record: (await rest(editor, 'GET', `/${collection}/${id}?draft=true&depth=0`)).body.updatedAt as string,
      published: (await rest(editor, 'GET', `/${collection}/${id}?depth=0`)).body.updatedAt as string,
      versions: (versions.body.docs as { id: string; updatedAt: string }[]).map(({ id: versionId, updatedAt }) => ({ id: versionId, updatedAt })),
    }
  }
  const changes = async (collection: string, id: string, caller = editor, language = 'de') =>
    rest(caller, 'GET', `/editorial/changes/${collection}/${id}`, undefined, { 'accept-language': language })

  beforeAll(async () => {
    links = await startLinkServer()
    editor = ctx.who.editor
    networkId = idOf(
      await rest(editor, 'POST', '/networks', { ...restInput('networks', ctx.refs), websites: [{ url: `${links.url}/ok` }, { url: `${links.url}/missing` }] }),
    )
    expect((await rest(editor, 'PATCH', `/networks/${networkId}?draft=true`, { acronym: 'DRAFT' })).status).toBe(200)
  })
  afterAll(async () => {
    await links?.close()
  })

  it('a review stamp moves no updatedAt and writes no version', async () => {
    const before = await stamp('networks', networkId)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect((await rest(editor, 'POST', '/editorial/review', { collection: 'networks', ids: [networkId] })).status).toBe(200)
    expect(await stamp('networks', networkId)).toEqual(before)
    expect((await rest(editor, 'GET', `/networks/${networkId}?draft=true`)).body.reviewedAt).toBeTruthy()
  })

  it('a link check moves no updatedAt and writes no version', async () => {
    const event = idOf(await rest(editor, 'POST', '/events', { ...restInput('events', ctx.refs), registrationUrl: `${links.url}/ok` }))
    const before = [await stamp('networks', networkId), await stamp('events', event)]
    await new Promise((resolve) => setTimeout(resolve, 20))
    const reply = await rest(editor, 'POST', '/editorial/link-check')
    expect(reply.status).toBe(200)
    expect([await stamp('networks', networkId), await stamp('events', event)]).toEqual(before)
    expect((await rest(editor, 'GET', `/networks/${networkId}`)).body.linkCheck).toMatchObject({ brokenCount: 1 })
  })

  it('an import of unchanged rows writes nothing; a changed row writes one save', async () => {
    const token = editor.token as string
    const ids = ((await rest(editor, 'GET', '/networks?draft=true&depth=0&limit=100')).body.docs as { id: string }[]).map((doc) => doc.id)
    const before = await Promise.all(ids.map((id) => stamp('networks', id)))
    for (const format of ['json', 'csv'] as const) {
      const file = await exportFile(ctx.server.url, token, 'networks', format)
      const { status, body } = await importFile(ctx.server.url, token, 'networks', format, file, true)
      expect(status).toBe(200)
      expect(body.counts).toEqual({ create: 0, update: 0, unchanged: ids.length, error: 0 })
    }
    expect(await Promise.all(ids.map((id) => stamp('networks', id)))).toEqual(before)

    const file = JSON.parse(await exportFile(ctx.server.url, token, 'networks', 'json')) as { records: Record<string, unknown>[] }
    const row = file.records.find((record) => record.acronym === 'DRAFT')
    expect(row).toBeDefined()
    const { body } = await importFile(ctx.server.url, token, 'networks', 'json', JSON.stringify({ records: [{ ...row, acronym: 'IMPORTED' }] }), true)
    expect(body.counts).toMatchObject({ update: 1, error: 0 })
    expect((await stamp('networks', networkId)).versions.length).toBe(before[ids.indexOf(networkId)]!.versions.length + 1)
  })

  it('lists who changed what and when, one entry per save with both languages, without bookkeeping', async () => {
    const id = idOf(await rest(editor, 'POST', '/networks', { ...restInput('networks', ctx.refs), goals: 'Ziele eins' }))
    expect((await rest(editor, 'PATCH', `/networks/${id}?locale=en`, { name: 'Network in English', goals: 'Goals one' })).status).toBe(200)
    expect((await rest(editor, 'PATCH', `/networks/${id}?locale=de&draft=true`, { goals: 'Ziele zwei' })).status).toBe(200)
    expect((await rest(editor, 'POST', '/editorial/review', { collection: 'networks', ids: [id] })).status).toBe(200)

    const reply = await changes('networks', id, editor, 'en')
    expect(reply.status).toBe(200)
    const entries = reply.body.entries as ChangeEntry[]
    expect(entries).toHaveLength(3)
    const [newest, english, created] = entries as [ChangeEntry, ChangeEntry, ChangeEntry]
    expect(newest).toMatchObject({ status: 'draft', first: false, by: { name: 'Editor' } })
    expect(newest.changes).toEqual([
      { field: 'goals', locale: 'de', label: { de: 'Ziele und Arbeitsweise', en: 'Goals and working method' }, before: 'Ziele eins', after: 'Ziele zwei' },
      {
        field: '_status',
        locale: null,
        label: { de: 'Status (Entwurf/veröffentlicht)', en: 'Status (draft/published)' },
        before: 'published',
        after: 'draft',
        options: { draft: { de: 'Entwurf', en: 'draft' }, published: { de: 'veröffentlicht', en: 'published' } },
      },
    ])
    expect(english.changes.map((change) => [change.field, change.locale, change.after])).toEqual([
      ['name', 'en', 'Network in English'],
      ['goals', 'en', 'Goals one'],
    ])
    expect(created.first).toBe(true)
    expect(created.changes.map((change) => `${change.field}.${change.locale ?? ''}`)).toEqual(expect.arrayContaining(['name.de', 'category.', '_status.']))
    expect(Date.parse(newest.at)).toBeGreaterThanOrEqual(Date.parse(english.at))
  })

  it('shows the change log to editors only, for records that exist', async () => {
    expect((await changes('networks', networkId, ctx.who.anonymous)).status).toBe(401)
    expect((await changes('users', networkId)).status).toBe(400)
    expect((await changes('networks', '999999')).status).toBe(404)
    expect((await changes('networks', 'not-an-id')).status).toBe(404)
  })

  describe('export → import into an empty database', () => {
    let empty: BootedServer
    beforeAll(async () => {
      empty = await bootServer()
    })
    afterAll(async () => {
      await empty?.stop()
    })

    it('imports every collection back without a failure, including records begun in English', async () => {
      const english = uniqueName('Begun in English')
      const draftId = idOf(await rest(editor, 'POST', '/networks?locale=en', { ...restInput('networks', ctx.refs), name: english, _status: 'draft' }))
      const both = idOf(await rest(editor, 'POST', '/networks?locale=en&draft=true', { ...restInput('networks', ctx.refs), name: `${english} 2`, _status: 'draft' }))
      expect((await rest(editor, 'PATCH', `/networks/${both}?locale=de`, { name: `${english} (de)`, _status: 'published' })).status).toBe(200)

      const token = await login(empty.url, 'admin@vie.test', 'admin-password-123')
      for (const collection of IMPORT_ORDER) {
        const file = await exportFile(ctx.server.url, editor.token as string, collection, 'json')
        if ((JSON.parse(file) as { records: unknown[] }).records.length === 0) continue
        const { status, body } = await importFile(empty.url, token, collection, 'json', file, true)
        expect(status, `${collection}: ${JSON.stringify(body).slice(0, 1500)}`).toBe(200)
        expect(body.counts.error, `${collection}: ${JSON.stringify(body.rows.filter((row) => row.errors.length))}`).toBe(0)
      }
      const slug = (await rest(editor, 'GET', `/networks/${draftId}?draft=true`)).body.slug as string
      const copy = await fetch(`${empty.url}/api/networks?where[slug][equals]=${slug}&draft=true&locale=en`, { headers: { authorization: `JWT ${token}` } })
      expect(((await copy.json()) as { docs: { name: string; _status: string }[] }).docs[0]).toMatchObject({ name: english, _status: 'draft' })
    })
  })

  it('lists published records that lack German text (written before the rule), the ones a round trip would refuse', async () => {
    const id = idOf(await rest(editor, 'POST', '/tandems', restInput('tandems', ctx.refs)))
    const slug = (await rest(editor, 'GET', `/tandems/${id}`)).body.slug as string
    process.env.DATABASE_URI = `file:${ctx.server.dbFile}`
    process.env.PAYLOAD_SECRET = 'test-secret-for-vie-integration-tests'
    const { default: config } = await import('../../src/payload.config')
    const local = await getPayload({ config, disableOnInit: true })
    try {
      expect(await germanViolations(local)).toEqual([])
      // As the register looked before the rule: a published tandem (and its version) whose German title and result are gone.
      const client = sqliteClient(local)
      const versions = `SELECT id FROM _tandems_v WHERE parent_id = '${id}'`
      for (const statement of [
        `UPDATE tandems_locales SET title = NULL WHERE _locale = 'de' AND _parent_id = '${id}'`,
        `UPDATE tandems_results_locales SET text = '' WHERE _locale = 'de' AND _parent_id IN (SELECT id FROM tandems_results WHERE _parent_id = '${id}')`,
        `UPDATE _tandems_v_locales SET version_title = NULL WHERE _locale = 'de' AND _parent_id IN (${versions})`,
        `UPDATE _tandems_v_version_results_locales SET text = NULL WHERE _locale = 'de' AND _parent_id IN (SELECT id FROM _tandems_v_version_results WHERE _parent_id IN (${versions}))`,
      ]) {
        await client?.execute(statement)
      }
      expect(await germanViolations(local)).toEqual([{ collection: 'tandems', id, slug, fields: ['title', 'results.0.text'] }])
    } finally {
      await local.destroy()
    }
    const exported = JSON.parse(await exportFile(ctx.server.url, editor.token as string, 'tandems', 'json', `&where[slug][equals]=${slug}`)) as { records: Record<string, unknown>[] }
    const edited = JSON.stringify({ records: exported.records.map((row) => ({ ...row, 'statusReason.de': 'Geändert' })) })
    const { body } = await importFile(ctx.server.url, editor.token as string, 'tandems', 'json', edited, false)
    expect(body.rows[0]?.errors.map((error) => error.field), JSON.stringify(body)).toEqual(['title', 'results.0.text'])
  })
})
