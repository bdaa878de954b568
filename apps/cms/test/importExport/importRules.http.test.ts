import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, login } from '../helpers/api'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { importFile } from './helpers'

const HEADER = 'slug,label.de,label.en,description.de,description.en'
const GOOD = [`${HEADER}`, 'klima,Klima,Climate,,', 'mobilitaet,Mobilität,Mobility,"Verkehr, Wege",Transport'].join('\r\n')
/** Row 2 lacks its required German label; row 1 would be written before it fails. */
const BAD = [`${HEADER}`, 'klima,Klima,Climate,,', 'leer,,Empty,,', 'mobilitaet,Mobilität,Mobility,,'].join('\r\n')

describe('importing: dry run, all-or-nothing, bad files', () => {
  let server: BootedServer
  let token: string

  const topicCount = async (): Promise<number> =>
    ((await (await fetch(`${server.url}/api/topics?limit=0`, { headers: authHeaders(token) })).json()) as { totalDocs: number }).totalDocs

  beforeAll(async () => {
    server = await bootServer()
    token = await login(server.url, 'admin@vie.test', 'admin-password-123')
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('a dry run reports the bad row with Payload’s message in the editor’s language and writes nothing', async () => {
    const en = await importFile(server.url, token, 'topics', 'csv', BAD, false, 'en')
    expect(en.status).toBe(200)
    expect(en.body.applied).toBe(false)
    expect(en.body.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 1 })
    const bad = en.body.rows.find((r) => r.row === 2)
    expect(bad?.action).toBe('error')
    expect(bad?.errors[0]?.field).toBe('label')
    expect(bad?.errors[0]?.message).toMatch(/German/)
    const created = en.body.rows.find((r) => r.row === 1)
    expect(created?.changes.map((c) => c.column)).toEqual(expect.arrayContaining(['slug', 'label.de', 'label.en']))

    const de = await importFile(server.url, token, 'topics', 'csv', BAD, false, 'de')
    expect(de.body.rows.find((r) => r.row === 2)?.errors[0]?.message).toMatch(/Deutsch/)
    expect(await topicCount()).toBe(0)
  })

  it('applying a file with one bad row leaves the database as it was, although earlier rows were written', async () => {
    const { status, body } = await importFile(server.url, token, 'topics', 'csv', BAD, true)
    expect(status).toBe(200)
    expect(body.applied).toBe(false)
    expect(body.counts.error).toBe(1)
    expect(await topicCount()).toBe(0)
  })

  it('applies the fixed file, and a dry run of a change lists the changed fields', async () => {
    const { body } = await importFile(server.url, token, 'topics', 'csv', GOOD, true)
    expect(body.applied).toBe(true)
    expect(await topicCount()).toBe(2)
    const res = await fetch(`${server.url}/api/topics?where[slug][equals]=mobilitaet&locale=all`, { headers: authHeaders(token) })
    const [doc] = ((await res.json()) as { docs: { label: Record<string, string>; description: Record<string, string> }[] }).docs
    expect(doc?.label).toEqual({ de: 'Mobilität', en: 'Mobility' })
    expect(doc?.description).toEqual({ de: 'Verkehr, Wege', en: 'Transport' })

    const changed = await importFile(server.url, token, 'topics', 'csv', GOOD.replace('Climate', 'Climate action'), false)
    expect(changed.body.rows.map((r) => r.action)).toEqual(['update', 'unchanged'])
    expect(changed.body.rows[0]?.changes).toEqual([{ column: 'label.en', before: 'Climate', after: 'Climate action' }])
  })

  it('a link to a record that does not exist is the row’s error, naming the slug', async () => {
    const csv = 'slug,name.de,category,foundingInitiative,themes\r\nnetz,Netz,eu-thematic,bottom-up,klima | gibt-es-nicht\r\n'
    const { body } = await importFile(server.url, token, 'networks', 'csv', csv, false)
    expect(body.rows[0]?.errors[0]).toMatchObject({ row: 1, field: 'themes' })
    expect(body.rows[0]?.errors[0]?.message).toContain('gibt-es-nicht')
  })

  it('refuses bad files and requests with a clear 4xx, never a 500', async () => {
    const post = (collection: string, body: string, headers: Record<string, string> = authHeaders(token)) =>
      fetch(`${server.url}/api/import-export/${collection}/import`, { method: 'POST', headers, body })
    const message = async (res: Response) => ((await res.json()) as { errors: { message: string }[] }).errors[0]?.message

    const unclosed = await importFile(server.url, token, 'topics', 'csv', 'slug,label.de\r\n"offen,Text\r\n', false)
    expect(unclosed.status).toBe(400)
    expect(unclosed.body.errors?.[0]?.message).toMatch(/CSV/)

    const unknown = await importFile(server.url, token, 'topics', 'csv', 'slug,colour\r\na,b\r\n', false)
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.[0]?.message).toContain('colour')

    const wrongCollection = await importFile(server.url, token, 'topics', 'json', JSON.stringify({ collection: 'events', records: [{ slug: 'x' }] }), false)
    expect(wrongCollection.status).toBe(400)

    const notJson = await post('topics', 'format=csv')
    expect(notJson.status).toBe(400)
    expect(await message(notJson)).toBeTruthy()

    const users = await post('users', JSON.stringify({ format: 'csv', content: 'a', apply: false }))
    expect(users.status).toBe(400)

    const large = await post('topics', JSON.stringify({ format: 'csv', content: `slug\r\n${'x'.repeat(6 * 1024 * 1024)}`, apply: false }))
    expect(large.status).toBe(413)

    const anonymous = await post('topics', JSON.stringify({ format: 'csv', content: GOOD, apply: true }), { 'content-type': 'application/json' })
    expect(anonymous.status).toBe(401)
    const anonymousExport = await fetch(`${server.url}/api/import-export/topics/export`)
    expect(anonymousExport.status).toBe(401)

    const badWhere = await fetch(`${server.url}/api/import-export/topics/export?where[nope][equals]=1`, { headers: authHeaders(token) })
    expect(badWhere.status).toBe(400)

    // A session cookie on a write from another site is refused before the importer runs.
    const crossSite = await post('topics', JSON.stringify({ format: 'csv', content: GOOD, apply: true }), {
      'content-type': 'application/json',
      cookie: `payload-token=${token}`,
      origin: 'https://evil.example',
    })
    expect(crossSite.status).toBe(403)
    expect(await topicCount()).toBe(2)
  })
})
