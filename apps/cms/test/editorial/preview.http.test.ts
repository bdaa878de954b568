import { beforeAll, describe, expect, it } from 'vitest'

import { useRecordServer } from '../helpers/recordServer'
import { type Caller, idOf, rest } from '../helpers/records'
import { restInput } from '../helpers/recordInputs'

type Card = { slug: string; name?: string; title?: string; summary: string; themes?: { slug: string }[]; fallback: string[]; lang: string }

/**
 * The edit form's preview: unsaved values mapped as the public API maps published records, in
 * both languages, while nothing is stored and the public API keeps answering the saved record.
 */
describe('POST /api/editorial/preview/<collection>', () => {
  const ctx = useRecordServer()
  let editor: Caller
  let networkId: string
  let slug: string

  const preview = (collection: string, body: unknown, caller = editor) => rest(caller, 'POST', `/editorial/preview/${collection}`, body)

  beforeAll(async () => {
    editor = ctx.who.editor
    const created = await rest(editor, 'POST', '/networks?locale=de', { ...restInput('networks', ctx.refs), name: 'Vorschau-Netz', goals: 'Gemeinsam lernen.' })
    networkId = idOf(created)
    slug = (created.body.doc as { slug: string }).slug
    expect((await rest(editor, 'PATCH', `/networks/${networkId}?locale=en`, { name: 'Preview network' })).status).toBe(200)
  })

  it('maps the German form values over the stored record, keeping the English texts', async () => {
    const reply = await preview('networks', { id: networkId, locale: 'de', data: { name: 'Ungespeicherter Name', goals: 'Neue Ziele.' } })
    expect(reply.status).toBe(200)
    const { de, en } = reply.body as { de: Card; en: Card }
    expect(de).toMatchObject({ slug, name: 'Ungespeicherter Name', summary: 'Neue Ziele.', lang: 'de' })
    expect(de.themes?.length).toBe(1)
    // English has its own name; the goals fall back to the (unsaved) German text.
    expect(en).toMatchObject({ name: 'Preview network', summary: 'Neue Ziele.', lang: 'en' })
    expect(en.fallback).toContain('summary')
  })

  it('maps English form values into English only', async () => {
    const reply = await preview('networks', { id: networkId, locale: 'en', data: { name: 'Unsaved English name' } })
    expect(reply.status).toBe(200)
    const { de, en } = reply.body as { de: Card; en: Card }
    expect(de.name).toBe('Vorschau-Netz')
    expect(en.name).toBe('Unsaved English name')
  })

  it('previews a record that was never saved', async () => {
    const reply = await preview('tandems', { locale: 'de', data: { ...restInput('tandems', ctx.refs), title: 'Neues Tandem', matchingReason: 'Ähnliche Größe.' } })
    expect(reply.status).toBe(200)
    const { de, en } = reply.body as { de: Card & { municipalities: unknown[] }; en: Card }
    expect(de).toMatchObject({ title: 'Neues Tandem', summary: 'Ähnliche Größe.' })
    expect(de.municipalities).toHaveLength(2)
    expect(en.title).toBe('Neues Tandem')
  })

  it('writes nothing: the record, its versions and the public API stay as saved', async () => {
    const versions = async () => (await rest(editor, 'GET', `/networks/versions?where[parent][equals]=${networkId}&limit=1`)).body.totalDocs
    const before = await versions()
    expect((await preview('networks', { id: networkId, locale: 'de', data: { name: 'Nur Vorschau' } })).status).toBe(200)
    expect(await versions()).toBe(before)
    expect((await rest(editor, 'GET', `/networks/${networkId}?locale=de&draft=true`)).body.name).toBe('Vorschau-Netz')
    const res = await fetch(`${ctx.server.url}/public/v1/networks/${slug}?lang=de`)
    expect(((await res.json()) as Card).name).toBe('Vorschau-Netz')
  })

  it('refuses bad input with 400 naming the problem', async () => {
    for (const [collection, body] of [
      ['events', { locale: 'de', data: {} }],
      ['users', { locale: 'de', data: {} }],
      ['networks', { locale: 'fr', data: {} }],
      ['networks', { locale: 'de' }],
      ['networks', { locale: 'de', data: [] }],
      ['networks', { id: { id: networkId }, locale: 'de', data: {} }],
      ['networks', { id: networkId.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), locale: 'de', data: {} }],
      ['networks', { locale: 'de', data: { websites: 'not a list', themes: 42 } }],
      ['networks', 'not json'],
    ] as const) {
      const reply = await preview(collection, body)
      expect(reply.status, `${collection} ${JSON.stringify(body)}`).toBe(400)
      expect((reply.body.errors as { message: string }[])[0]?.message).toBeTruthy()
    }
  })

  it('is for signed-in editors only', async () => {
    expect((await preview('networks', { id: networkId, locale: 'de', data: {} }, ctx.who.anonymous)).status).toBe(401)
    const crossSite = await fetch(`${ctx.server.url}/api/editorial/preview/networks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `payload-token=${editor.token}`, origin: 'https://evil.example' },
      body: JSON.stringify({ id: networkId, locale: 'de', data: {} }),
    })
    expect(crossSite.status).toBe(403)
  })
})
