import { parse as parseCsv } from 'csv-parse/sync'
import ICAL from 'ical.js'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { collections } from '../../src/collections'
import type { Json } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import { restInput, type RecordCollection } from '../helpers/recordInputs'
import { type Caller, type Reply, rest } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'
import { allLoaded, openPartnerPage, startPartnerSite } from '../widgets/partnerSite'

type CorpusText = { name: string; value?: string; repeat?: string; times?: number }
type Corpus = {
  text: CorpusText[]
  urls: string[]
  slugs: string[]
  dates: string[]
  restQueries: string[]
  publicQueries: string[]
}

const corpus = JSON.parse(
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'hostileCorpus.json'), 'utf8'),
) as Corpus
const texts = corpus.text.map(({ name, value, repeat, times }) => ({ name, value: value ?? (repeat ?? '').repeat(times ?? 0) }))

type FieldConfig = { type: string; name?: string; fields?: FieldConfig[]; tabs?: FieldConfig[]; hasMany?: boolean }
type TextField = { path: string; hasMany: boolean }

/** Every text, textarea and e-mail field of a collection, as `group.field` or `array[].field`. */
function textFieldsOf(fields: FieldConfig[], prefix = ''): TextField[] {
  return fields.flatMap((field): TextField[] => {
    if (field.type === 'tabs') return textFieldsOf(field.tabs ?? [], prefix)
    if (!field.name) return textFieldsOf(field.fields ?? [], prefix)
    if (field.type === 'group') return textFieldsOf(field.fields ?? [], `${prefix}${field.name}.`)
    if (field.type === 'array') return textFieldsOf(field.fields ?? [], `${prefix}${field.name}[].`)
    return ['text', 'textarea', 'email'].includes(field.type) ? [{ path: `${prefix}${field.name}`, hasMany: Boolean(field.hasMany) }] : []
  })
}

const RECORDS: RecordCollection[] = ['networks', 'tandems', 'events', 'municipalities', 'projects', 'topics']
const fieldsOf = (collection: RecordCollection): TextField[] =>
  textFieldsOf((collections.find((c) => c.slug === collection)?.fields ?? []) as FieldConfig[])
const isUrl = (field: TextField) => /url|website/i.test(field.path)
const isEmail = (field: TextField) => /email/i.test(field.path)
const isSlug = (field: TextField) => field.path === 'slug'

/** Sets `group.field` or `array[].field` (in the array's first item) on a REST body. */
function setPath(body: Json, fieldPath: string, value: unknown): void {
  const [head = '', ...rest] = fieldPath.split('.')
  if (rest.length === 0) {
    body[head] = value
  } else if (head.endsWith('[]')) {
    const name = head.slice(0, -2)
    const items = Array.isArray(body[name]) && (body[name] as Json[]).length ? (body[name] as Json[]) : [{}]
    setPath(items[0] as Json, rest.join('.'), value)
    body[name] = items
  } else {
    const group = (body[head] ?? {}) as Json
    setPath(group, rest.join('.'), value)
    body[head] = group
  }
}

const messageOf = (reply: Reply): string => {
  const [error] = (reply.body.errors ?? []) as { message?: string; data?: { errors?: { message: string }[] } }[]
  return [error?.message, ...(error?.data?.errors ?? []).map((e) => e.message)].filter(Boolean).join(' · ')
}

describe('hostile input corpus', () => {
  const booted = useRecordServer({ env: { PUBLIC_API_POLL_MS: '200', PUBLIC_API_RATE_BURST: '100000', PUBLIC_API_RATE_PER_SECOND: '100000' } })
  /** What was stored, to look for it in every public form afterwards. */
  const stored: { collection: RecordCollection; id: string; corpus: string }[] = []

  /** A write must end in 2xx or a 400 that says what is wrong; anything else fails with context. */
  function expectHandled(reply: Reply, context: string): boolean {
    expect([200, 201, 400], `${context}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`).toContain(reply.status)
    if (reply.status === 400) expect(messageOf(reply), context).not.toBe('')
    return reply.status < 300
  }

  it('stores or refuses hostile text in every text field of every collection, as editor over REST', async () => {
    const editor = booted.who.editor
    for (const collection of RECORDS) {
      const fields = fieldsOf(collection).filter((field) => !isUrl(field) && !isEmail(field) && !isSlug(field))
      expect(fields.length, collection).toBeGreaterThan(0)
      await Promise.all(
        texts.map(async (text) => {
          const body = restInput(collection, booted.refs)
          for (const field of fields) setPath(body, field.path, field.hasMany ? [text.value] : text.value)
          const created = await rest(editor, 'POST', `/${collection}`, body)
          if (!expectHandled(created, `${collection} ← ${text.name}`)) return
          const id = String((created.body.doc as Json).id)
          stored.push({ collection, id, corpus: text.name })
          // Stored means stored as given: read back, every field holds exactly the hostile text.
          const back = (await rest(editor, 'GET', `/${collection}/${id}?depth=0`)).body
          const first = fields[0] as TextField
          const value = first.path.split('.').reduce<unknown>((node, key) => (node as Json | undefined)?.[key.replace('[]', '')], back)
          expect(first.hasMany ? (value as string[])[0] : value, `${collection}.${first.path} ← ${text.name}`).toBe(text.value)
          // The same text once more through an update.
          const patch: Json = {}
          setPath(patch, first.path, first.hasMany ? [text.value] : text.value)
          expectHandled(await rest(editor, 'PATCH', `/${collection}/${id}`, patch), `${collection} update ← ${text.name}`)
        }),
      )
    }
  }, 180_000)

  it('refuses script and data URLs in every URL field', async () => {
    const accepted: string[] = []
    for (const collection of RECORDS) {
      for (const field of fieldsOf(collection).filter(isUrl)) {
        await Promise.all(
          corpus.urls.map(async (url) => {
            const body = restInput(collection, booted.refs)
            setPath(body, field.path, url)
            const reply = await rest(booted.who.editor, 'POST', `/${collection}`, body)
            if (expectHandled(reply, `${collection}.${field.path} ← ${url}`)) accepted.push(`${collection}.${field.path} ← ${url}`)
          }),
        )
      }
    }
    expect(accepted).toEqual([])
  })

  it('refuses path traversal and markup in slugs, or stores a clean slug', async () => {
    for (const collection of RECORDS) {
      for (const slug of corpus.slugs) {
        const reply = await rest(booted.who.editor, 'POST', `/${collection}`, { ...restInput(collection, booted.refs), slug })
        if (expectHandled(reply, `${collection}.slug ← ${slug}`)) expect((reply.body.doc as Json).slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      }
    }
  })

  it('refuses impossible and extreme dates, or stores a real one', async () => {
    for (const date of corpus.dates) {
      const reply = await rest(booted.who.editor, 'POST', '/events', { ...restInput('events', booted.refs), start: date, end: undefined })
      if (expectHandled(reply, `events.start ← ${date}`)) {
        const start = String((reply.body.doc as Json).start)
        expect(Number.isNaN(Date.parse(start)), `${date} stored as ${start}`).toBe(false)
      }
    }
  })

  it('ignores __proto__, constructor and prototype keys in JSON bodies', async () => {
    const editor = booted.who.editor
    const me = (await rest(editor, 'GET', '/users/me')).body.user as Json
    const bodies = [
      JSON.parse('{"__proto__": {"role": "admin", "polluted": true}}') as Json,
      { constructor: { prototype: { role: 'admin', polluted: true } } },
      { prototype: { role: 'admin' } },
    ]
    for (const extra of bodies) {
      expectHandled(await rest(editor, 'POST', '/topics', { ...restInput('topics', booted.refs), ...extra }), `topics ← ${JSON.stringify(extra)}`)
      expectHandled(await rest(editor, 'PATCH', `/users/${String(me.id)}`, { name: 'Editor', ...extra }), `users/me ← ${JSON.stringify(extra)}`)
    }
    const after = (await rest(editor, 'GET', '/users/me')).body.user as Json
    expect(after.role).toBe('editor')
    // Still refused what only admins may do: the server did not take the key as a role.
    expect((await rest(editor, 'GET', '/users?limit=100')).body.totalDocs).toBe(1)
    const topics = (await rest(editor, 'GET', '/topics?limit=1')).body
    expect(topics).not.toHaveProperty('polluted')
  })

  it('answers hostile REST queries without a server error and without drafts for anonymous callers', async () => {
    const draft = await rest(booted.who.editor, 'POST', '/networks', { ...restInput('networks', booted.refs), _status: 'draft' })
    const draftId = String((draft.body.doc as Json).id)
    const anonymous: Caller = booted.who.anonymous
    for (const query of corpus.restQueries) {
      const reply = await rest(anonymous, 'GET', query)
      expect(reply.status, `${query}: ${JSON.stringify(reply.body).slice(0, 200)}`).toBeLessThan(500)
      expect(JSON.stringify(reply.body), query).not.toContain(draftId)
      expect(JSON.stringify(reply.body), query).not.toMatch(/@vie\.test/)
    }
  })

  it('answers hostile public query parameters with 400 and a reason, or a normal answer', async () => {
    for (const query of corpus.publicQueries) {
      const res = await fetch(`${booted.server.url}/public/v1${query}`)
      const text = await res.text()
      expect([200, 400, 404], `${query}: ${res.status} ${text.slice(0, 200)}`).toContain(res.status)
      if (res.status === 400) {
        expect(res.headers.get('content-type'), query).toContain('application/problem+json')
        expect((JSON.parse(text) as { detail?: string }).detail, query).toBeTruthy()
      }
    }
  })

  describe('stored hostile records render inert in every public form', () => {
    const get = async (pathAndQuery: string) => {
      const res = await fetch(`${booted.server.url}/public/v1${pathAndQuery}`)
      return { status: res.status, text: await res.text() }
    }
    const published = () => stored.filter((s) => s.collection === 'networks' || s.collection === 'tandems' || s.collection === 'events')
    const slugOf = async (s: (typeof stored)[number]) => String((await rest(booted.who.editor, 'GET', `/${s.collection}/${s.id}?depth=0`)).body.slug)

    it('keeps </script> out of JSON-LD, so it can be embedded in an HTML page as it is', async () => {
      const last = published().at(-1)
      expect(last).toBeDefined()
      await expect.poll(async () => (await get(`/${last?.collection}/${await slugOf(last as (typeof stored)[number])}`)).status, { timeout: 15_000 }).toBe(200)
      for (const record of published()) {
        const slug = await slugOf(record)
        const jsonld = await get(`/${record.collection}/${slug}?format=jsonld`)
        expect(jsonld.status, `${record.collection}/${slug}`).toBe(200)
        expect(jsonld.text, `${record.corpus} in ${record.collection}`).not.toMatch(/<\/script|<!--|<script/i)
        expect(() => JSON.parse(jsonld.text) as unknown).not.toThrow()
        const json = await get(`/${record.collection}/${slug}`)
        expect(json.status).toBe(200)
      }
      for (const collection of ['networks', 'tandems', 'events']) {
        const list = await get(`/${collection}?limit=100&format=jsonld${collection === 'events' ? '&when=all' : ''}`)
        expect(list.text, collection).not.toMatch(/<\/script|<!--|<script/i)
      }
    })

    it('escapes and folds hostile text in iCalendar', async () => {
      const ics = await get('/events.ics')
      expect(ics.status).toBe(200)
      const lines = ics.text.split('\r\n')
      for (const line of lines) expect(Buffer.byteLength(line), line.slice(0, 40)).toBeLessThanOrEqual(75)
      expect(lines.filter((line) => line.startsWith('SUMMARY:vie-injected'))).toEqual([])
      const calendar = new ICAL.Component(ICAL.parse(ics.text) as unknown[])
      const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')))
      expect(summaries).not.toContain('vie-injected')
      expect(summaries.some((summary) => summary.includes('END:VEVENT'))).toBe(true)
      expect(ics.text.match(/^BEGIN:VEVENT$/gm)?.length).toBe(summaries.length)
    })

    it('guards every text cell of the CSV exports against formulas', async () => {
      for (const collection of ['networks', 'tandems', 'events']) {
        const csv = await get(`/${collection}.csv`)
        expect(csv.status).toBe(200)
        const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][]
        const live = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))
        expect(live, collection).toEqual([])
        expect(rows.flat().some((cell) => cell.startsWith("'=HYPERLINK"))).toBe(true)
      }
    })
  })

  it('renders the stored hostile records inert in the widgets on a partner page and in the admin', async () => {
    const browser = await launchChromium()
    const site = await startPartnerSite()
    const dialogs: string[] = []
    const injected: string[] = []
    try {
      const networks = stored.filter((s) => s.collection === 'networks')
      expect(networks.length).toBeGreaterThan(5)
      const slugs = await Promise.all(networks.map(async (n) => String((await rest(booted.who.editor, 'GET', `/networks/${n.id}?depth=0`)).body.slug)))
      const widgets = await browser.newContext()
      const markup = [...slugs.map((slug) => `<vie-network-card slug="${slug}"></vie-network-card>`), '<vie-event-list when="past" limit="50"></vie-event-list>'].join('')
      const { page, problems } = await openPartnerPage(site, widgets, booted.server.url, markup)
      page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(`widget: ${dialog.message()}`)))
      await allLoaded(page)
      expect(await page.locator('vie-network-card').first().evaluate((el) => el.shadowRoot?.textContent ?? '')).not.toBe('')
      injected.push(...problems.filter((problem) => /vie-xss|vie-injected/.test(problem)))
      await widgets.close()

      // The admin, as the editor who entered it all: lists and edit views of the hostile records.
      const admin = await browser.newContext()
      await admin.addCookies([{ name: 'payload-token', value: booted.who.editor.token ?? '', url: booted.server.url }])
      const adminPage = await admin.newPage()
      adminPage.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(`admin: ${dialog.message()}`)))
      adminPage.on('pageerror', (error) => injected.push(`admin pageerror: ${error.message}`))
      adminPage.on('console', (message) => {
        if (message.type() === 'error' && /vie-xss|vie-injected/.test(message.text())) injected.push(`admin console: ${message.text()}`)
      })
      const views = [
        '/admin/collections/networks',
        '/admin/collections/events',
        ...stored.filter((s) => /script|html|attribute/.test(s.corpus)).slice(0, 6).map((s) => `/admin/collections/${s.collection}/${s.id}`),
      ]
      for (const view of views) {
        await adminPage.goto(`${booted.server.url}${view}`)
        await adminPage.waitForLoadState('networkidle')
        expect(adminPage.url(), view).not.toContain('/admin/login')
      }
      await admin.close()
    } finally {
      await site.close()
      await browser.close()
    }
    expect(dialogs).toEqual([])
    expect(injected).toEqual([])
  }, 120_000)

  it('never answered with a server error and still answers /healthz', async () => {
    expect((await fetch(`${booted.server.url}/healthz`)).status).toBe(200)
    const log = booted.server.output()
    expect(log).not.toMatch(/ 5\d\d \d+(\.\d+)?ms/)
    expect(log).not.toMatch(/unhandled|uncaught/i)
  })
})
