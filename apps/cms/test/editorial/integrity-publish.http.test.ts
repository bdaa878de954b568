import { describe, expect, it } from 'vitest'

import type { Json } from '../helpers/api'
import { restInput, uniqueName } from '../helpers/recordInputs'
import { type Caller, fieldErrors, graphql, idOf, type Reply, rest } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'

const FIVE_MB = 5 * 1024 * 1024

/** A PATCH the way the admin sends it: multipart, the record as JSON in `_payload`. */
async function patchAsAdminForm(caller: Caller, path: string, fields: Json, language = 'de'): Promise<Reply> {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${caller.url}/api${path}`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${caller.token}`, 'accept-language': language },
    body: form,
  })
  const text = await res.text()
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} }
}

const messageAt = (reply: Reply, path: string): string | undefined => fieldErrors(reply).find((error) => error.path === path)?.message

/**
 * What an editor can rely on when saving: German text is there whenever a record goes public,
 * drafts may be unfinished but never malformed, a restore never publishes, and an oversized text
 * gets a message naming its field and limit.
 */
describe('publishing rules over REST and GraphQL', () => {
  const ctx = useRecordServer()
  const editor = () => ctx.who.editor

  describe('German text on every publish, whatever locale is written', () => {
    it('refuses to publish a network created in English without a German name, in the editor’s language', async () => {
      const input = { ...restInput('networks', ctx.refs), name: uniqueName('English only') }
      for (const [language, message] of [
        ['de', /^Name: Pflichtfeld \(auf Deutsch\) – der deutsche Text fehlt\. Bitte die Inhaltssprache auf Deutsch umstellen/],
        ['en', /^Name: required \(in German\) – the German text is missing\. Switch the content language to German/],
      ] as const) {
        const reply = await rest(editor(), 'POST', '/networks?locale=en', input, { 'accept-language': language })
        expect(reply.status, JSON.stringify(reply.body)).toBe(400)
        expect(messageAt(reply, 'name')).toMatch(message)
      }
      const stored = await rest(editor(), 'GET', `/networks?draft=true&locale=en&where[name][equals]=${encodeURIComponent(input.name)}`)
      expect(stored.body.totalDocs).toBe(0)
    })

    it('keeps a draft made in English, refuses to publish it until the German name exists, then publishes', async () => {
      const english = uniqueName('Draft in English')
      const id = idOf(await rest(editor(), 'POST', '/networks?locale=en', { ...restInput('networks', ctx.refs), name: english, _status: 'draft' }))

      const refused = await rest(editor(), 'PATCH', `/networks/${id}?locale=en`, { _status: 'published' }, { 'accept-language': 'en' })
      expect(refused.status).toBe(400)
      expect(messageAt(refused, 'name')).toMatch(/German text is missing/)
      expect((await rest(ctx.who.anonymous, 'GET', `/networks/${id}`)).status).toBe(404)

      expect((await rest(editor(), 'PATCH', `/networks/${id}?locale=de&draft=true`, { name: `${english} (de)` })).status).toBe(200)
      const published = await rest(editor(), 'PATCH', `/networks/${id}?locale=en`, { _status: 'published' })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      expect((await rest(ctx.who.anonymous, 'GET', `/networks/${id}?locale=de`)).body.name).toBe(`${english} (de)`)
      expect((await rest(ctx.who.anonymous, 'GET', `/networks/${id}?locale=en`)).body.name).toBe(english)

      // Later English edits of the published record find the stored German name.
      expect((await rest(editor(), 'PATCH', `/networks/${id}?locale=en`, { goals: 'Goals in English' })).status).toBe(200)
    })

    it('checks German text inside array rows by row: a result added in English only cannot be published', async () => {
      const id = idOf(await rest(editor(), 'POST', '/tandems', restInput('tandems', ctx.refs)))
      const german = (await rest(editor(), 'GET', `/tandems/${id}?locale=de`)).body as { results: { id: string; text: string }[] }
      const [first] = german.results
      const rows = [{ id: first?.id, text: 'A result' }, { text: 'A second result, English only' }]
      const reply = await rest(editor(), 'PATCH', `/tandems/${id}?locale=en`, { results: rows }, { 'accept-language': 'en' })
      expect(reply.status).toBe(400)
      expect(fieldErrors(reply).map((error) => error.path)).toEqual(['results.1.text'])
      expect(messageAt(reply, 'results.1.text')).toMatch(/^Result: required \(in German\)/)
      expect((await rest(editor(), 'PATCH', `/tandems/${id}?locale=en&draft=true`, { results: rows })).status).toBe(200)
    })

    it('applies the same rule to GraphQL', async () => {
      const name = uniqueName('GraphQL English')
      const create = `mutation ($name: String!) { createTopic(locale: en, data: { label: $name }) { id } }`
      const reply = await graphql(editor(), create, { name })
      expect(reply.errors?.[0]?.message).toMatch(/Label|Bezeichnung/)
      // GraphQL's input types demand the required selects; the German name is what may be missing.
      const draft = await graphql(
        editor(),
        `mutation ($name: String) { createNetwork(locale: en, draft: true, data: { name: $name, category: eu_thematic, foundingInitiative: bottom_up }) { id _status } }`,
        { name },
      )
      expect(draft.errors, JSON.stringify(draft.errors)).toBeUndefined()
      expect((draft.data?.createNetwork as { _status: string })._status).toBe('draft')
    })
  })

  describe('drafts save incomplete, publishing needs everything', () => {
    it('saves an incomplete network and tandem as drafts, even an empty one', async () => {
      for (const [collection, data] of [
        ['networks', { name: uniqueName('Half done') }],
        ['networks', {}],
        ['tandems', { title: uniqueName('Half tandem'), municipalities: [ctx.refs.municipalities[0]] }],
        ['events', { title: uniqueName('Half event') }],
      ] as const) {
        const reply = await rest(editor(), 'POST', `/${collection}?draft=true`, { ...data, _status: 'draft' })
        expect(reply.status, `${collection} ${JSON.stringify(reply.body)}`).toBe(201)
      }
    })

    it('checks formats in drafts too', async () => {
      const reply = await rest(editor(), 'POST', '/networks?draft=true', {
        _status: 'draft',
        name: uniqueName('Bad draft'),
        foundedYear: 1700,
        websites: [{ url: 'https://www.ostsee-digital,example.org' }],
      })
      expect(reply.status).toBe(400)
      expect(fieldErrors(reply).map((error) => error.path).sort()).toEqual(['foundedYear', 'websites.0.url'])
    })

    it('refuses to publish an incomplete draft with a message at every missing field', async () => {
      const id = idOf(await rest(editor(), 'POST', '/networks?draft=true', { _status: 'draft', name: uniqueName('To publish') }))
      const reply = await rest(editor(), 'PATCH', `/networks/${id}`, { _status: 'published' }, { 'accept-language': 'en' })
      expect(reply.status).toBe(400)
      expect(fieldErrors(reply).map((error) => error.path).sort()).toEqual(['category', 'foundingInitiative'])
      const tandem = idOf(await rest(editor(), 'POST', '/tandems?draft=true', { _status: 'draft', title: uniqueName('One city') }))
      const refused = await rest(editor(), 'PATCH', `/tandems/${tandem}`, { _status: 'published', municipalities: [ctx.refs.municipalities[0]] })
      expect(refused.status).toBe(400)
      expect(messageAt(refused, 'municipalities')).toMatch(/angegeben: 1/)
    })

    it('accepts autosave requests with unfinished data and keeps one autosave version', async () => {
      const id = idOf(await rest(editor(), 'POST', '/networks', restInput('networks', ctx.refs)))
      const versions = async () => (await rest(editor(), 'GET', `/networks/versions?where[parent][equals]=${id}&limit=0`)).body.totalDocs as number
      const before = await versions()
      for (const acronym of ['A1', 'A2']) {
        const reply = await rest(editor(), 'PATCH', `/networks/${id}?autosave=true&draft=true&locale=de`, { _status: 'draft', acronym, category: null })
        expect(reply.status, JSON.stringify(reply.body)).toBe(200)
      }
      expect(await versions()).toBe(before + 1)
      const newest = (await rest(editor(), 'GET', `/networks/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1`)).body.docs as { autosave: boolean; version: { acronym: string } }[]
      expect(newest[0]).toMatchObject({ autosave: true, version: { acronym: 'A2' } })
      expect((await rest(ctx.who.anonymous, 'GET', `/networks/${id}`)).body.category).toBe('eu-thematic')
    })
  })

  describe('restoring a version', () => {
    it('writes a draft by default over REST; the published record stays until published', async () => {
      const id = idOf(await rest(editor(), 'POST', '/networks', { ...restInput('networks', ctx.refs), acronym: 'OLD' }))
      expect((await rest(editor(), 'PATCH', `/networks/${id}`, { acronym: 'NEW' })).status).toBe(200)
      const [oldest] = (await rest(editor(), 'GET', `/networks/versions?where[parent][equals]=${id}&sort=updatedAt`)).body.docs as { id: string }[]

      for (const query of ['', '?draft=false']) {
        const restored = await rest(editor(), 'POST', `/networks/versions/${oldest?.id}${query}`, undefined, { 'accept-language': 'en' })
        expect(restored.status, JSON.stringify(restored.body)).toBe(200)
        expect(restored.body.message).toMatch(/restored as a draft/)
        expect((await rest(ctx.who.anonymous, 'GET', `/networks/${id}`)).body.acronym).toBe('NEW')
        expect((await rest(editor(), 'GET', `/networks/${id}?draft=true`)).body).toMatchObject({ acronym: 'OLD', _status: 'draft' })
      }
      expect((await rest(editor(), 'PATCH', `/networks/${id}`, { _status: 'published' })).status).toBe(200)
      expect((await rest(ctx.who.anonymous, 'GET', `/networks/${id}`)).body.acronym).toBe('OLD')
    })

    it('over GraphQL restores as a draft, and refuses a restore that would publish', async () => {
      const id = idOf(await rest(editor(), 'POST', '/events', restInput('events', ctx.refs)))
      expect((await rest(editor(), 'PATCH', `/events/${id}`, { organizer: 'Changed' })).status).toBe(200)
      const [oldest] = (await rest(editor(), 'GET', `/events/versions?where[parent][equals]=${id}&sort=updatedAt`)).body.docs as { id: string }[]
      const publishing = await graphql(editor(), `mutation ($id: String!) { restoreVersionEvent(id: $id) { id } }`, { id: String(oldest?.id) })
      expect(publishing.errors?.[0]?.message).toMatch(/Entwurf/)
      const asDraft = await graphql(editor(), `mutation ($id: String!) { restoreVersionEvent(id: $id, draft: true) { id _status } }`, { id: String(oldest?.id) })
      expect(asDraft.errors, JSON.stringify(asDraft.errors)).toBeUndefined()
      expect((await rest(ctx.who.anonymous, 'GET', `/events/${id}`)).body.organizer).toBe('Changed')
    })
  })

  describe('oversized input', () => {
    const goalsTooLong = /^(Ziele und Arbeitsweise: höchstens 5\.000 Zeichen erlaubt, eingegeben sind 5\.242\.880|Goals and working method: at most 5,000 characters allowed, this text has 5,242,880)/

    it('answers a 5 MB text with a message naming field and limit, as JSON and as the admin’s multipart form', async () => {
      const id = idOf(await rest(editor(), 'POST', '/networks', restInput('networks', ctx.refs)))
      const goals = 'x'.repeat(FIVE_MB)
      const json = await rest(editor(), 'PATCH', `/networks/${id}?locale=en&draft=true`, { goals, _status: 'draft' })
      expect(json.status).toBe(400)
      expect(messageAt(json, 'goals')).toMatch(goalsTooLong)
      for (const language of ['de', 'en']) {
        const form = await patchAsAdminForm(editor(), `/networks/${id}?locale=en&draft=true`, { goals, _status: 'draft' }, language)
        expect(form.status, JSON.stringify(form.body).slice(0, 300)).toBe(400)
        expect(messageAt(form, 'goals')).toMatch(goalsTooLong)
      }
      const name = await rest(editor(), 'PATCH', `/networks/${id}`, { name: 'n'.repeat(301) })
      expect(messageAt(name, 'name')).toMatch(/^Name: höchstens 300 Zeichen/)
    })

    it('refuses a body over the request limit with 413 and a message, not a server error', async () => {
      const id = idOf(await rest(editor(), 'POST', '/networks', restInput('networks', ctx.refs)))
      const reply = await patchAsAdminForm(editor(), `/networks/${id}`, { goals: 'x'.repeat(30 * 1024 * 1024) }, 'en')
      expect(reply.status).toBe(413)
      expect((reply.body.errors as { message: string }[])[0]?.message).toMatch(/larger than 24 MB/)
    })

    it('refuses web addresses whose host is no public host name', async () => {
      for (const url of ['https://www.ostsee-digital,example.org', 'https://intranet/', 'https://under_score.example.org']) {
        const reply = await rest(editor(), 'POST', '/networks', { ...restInput('networks', ctx.refs), websites: [{ url }] })
        expect(reply.status, url).toBe(400)
        expect(fieldErrors(reply).map((error) => error.path)).toEqual(['websites.0.url'])
      }
    })
  })
})
