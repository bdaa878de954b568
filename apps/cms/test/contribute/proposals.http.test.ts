import type { ProposalForm } from '@vie/types'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'
import { solvedChallenge } from '../helpers/proposalChallenge'
import { type Caller, callers, rest } from '../helpers/records'
import { type MailBox, startMailBox } from '../helpers/smtpServer'

let server: BootedServer
let mail: MailBox
let who: Record<Caller['name'], Caller>

const api = (path: string) => `${server.url}/public/v1${path}`

const solved = () => solvedChallenge(server.url)

type Submission = { target: Record<string, unknown>; changes: Record<string, unknown>; email: string; lang?: 'de' | 'en'; extra?: Record<string, unknown> }

async function submit({ target, changes, email, lang = 'en', extra = {} }: Submission, altcha?: string) {
  const res = await fetch(api(`/proposals?lang=${lang}`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      target,
      changes,
      message: 'From our statistics office, 2025.',
      submitter: { name: 'Petra Beispiel', email, organisation: 'Stadt Hamm' },
      consent: true,
      website: '',
      lang,
      altcha: altcha ?? (await solved()),
      ...extra,
    }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

/** Submits, confirms through the link in the mail, and returns the proposal's id for editors. */
async function submitAndConfirm(submission: Submission): Promise<{ id: string; receipt: string }> {
  const sent = await submit(submission)
  expect(sent.status, JSON.stringify(sent.body)).toBe(202)
  const receipt = String(sent.body.receipt)
  const letter = await mail.next(submission.email)
  expect(letter.text).toContain(receipt)
  const link = /(https?:\/\/\S+\/proposals\/confirm\?\S+)/.exec(letter.text)?.[1]
  expect(link).toBeDefined()
  const confirmed = await fetch(link!)
  expect(confirmed.status).toBe(200)
  expect(await confirmed.text()).toContain(receipt)
  const found = await rest(who.editor, 'GET', `/proposals?where[receipt][equals]=${receipt}&depth=0`)
  const doc = (found.body as { docs: { id: string; status: string }[] }).docs[0]
  expect(doc?.status).toBe('open')
  return { id: doc!.id, receipt }
}

type Diff = { rows: { key: string; current: unknown; proposed: unknown; conflict: boolean }[] }

beforeAll(async () => {
  mail = await startMailBox()
  server = await bootServer({
    env: { SEED_ON_EMPTY: 'true', SMTP_URL: mail.url, MAIL_FROM: 'VIE Redaktion <vie@bbsr.test>', ALTCHA_MAX_NUMBER: '2000', PROPOSAL_RATE_BURST: '18' },
  })
  who = await callers(server.url)
})
afterAll(async () => {
  await server?.stop()
  await mail?.close()
})

describe('proposals from the public, reviewed by editors', () => {
  it('offer a form with the record’s current values, in the language asked for', async () => {
    const res = await fetch(api('/proposals/form/municipalities/hamm?lang=en'))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const form = (await res.json()) as ProposalForm
    expect(form.target).toEqual({ collection: 'municipalities', slug: 'hamm', name: 'Hamm' })
    const population = form.fields.find((f) => f.key === 'population')
    expect(population).toMatchObject({ type: 'number', label: expect.stringMatching(/population/i) })
    expect(typeof population?.value).toBe('number')
    expect(form.fields.find((f) => f.key === 'partnership.seeks.text.en')).toMatchObject({ type: 'textarea', lang: 'en' })
    expect(form.fields.find((f) => f.key === 'partnership.offers.topics')?.options?.length).toBeGreaterThan(10)
    expect(form.privacyNotice).toMatch(/90 days/)
    expect((await fetch(api('/proposals/form/municipalities/atlantis'))).status).toBe(404)
    expect((await fetch(api('/proposals/form/users/admin'))).status).toBe(404)
  })

  it('a municipality’s change reaches editors only once confirmed by mail; accepting two of three fields publishes exactly those', async () => {
    const before = (await (await fetch(api('/municipalities/hamm?lang=en'))).json()) as { population: number }
    const { id } = await submitAndConfirm({
      target: { collection: 'municipalities', slug: 'hamm' },
      changes: { population: 179_111, 'partnership.seeks.text.en': 'Digital twins for climate adaptation.', populationYear: 2025 },
      email: 'petra@hamm.test',
    })
    const diff = (await rest(who.editor, 'GET', `/editorial/proposals/${id}/diff`)).body as unknown as Diff
    expect(diff.rows.map((r) => r.key).sort()).toEqual(['partnership.seeks.text.en', 'population', 'populationYear'])
    expect(diff.rows.find((r) => r.key === 'population')).toMatchObject({ current: before.population, proposed: 179_111, conflict: false })

    const decided = await rest(who.editor, 'POST', `/editorial/proposals/${id}/decide`, { accept: ['population', 'partnership.seeks.text.en'], publish: true, reason: '' })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    expect(decided.body).toMatchObject({ ok: true, status: 'partly-accepted' })
    const after = (await (await fetch(api('/municipalities/hamm?lang=en'))).json()) as { population: number; populationYear: number | null }
    expect(after.population).toBe(179_111)
    expect(after.populationYear).not.toBe(2025)
    const outcome = await mail.next('petra@hamm.test')
    expect(outcome.subject).toMatch(/reviewed/)
    expect(outcome.text).toContain('partly accepted')
    // Deciding twice is refused.
    expect((await rest(who.editor, 'POST', `/editorial/proposals/${id}/decide`, { accept: ['populationYear'] })).status).toBe(409)
  })

  it('a rejected proposal changes nothing and tells the submitter why', async () => {
    const { id } = await submitAndConfirm({ target: { collection: 'networks', slug: 'eurocities' }, changes: { foundedYear: 1999 }, email: 'office@eurocities.test', lang: 'de' })
    expect((await rest(who.editor, 'POST', `/editorial/proposals/${id}/decide`, { accept: [] })).status).toBe(400)
    const decided = await rest(who.editor, 'POST', `/editorial/proposals/${id}/decide`, { accept: [], reason: 'Die Quelle nennt 1986.' })
    expect(decided.body).toMatchObject({ status: 'rejected' })
    const network = (await (await fetch(api('/networks/eurocities'))).json()) as { foundedYear: number }
    expect(network.foundedYear).toBe(1986)
    const outcome = await mail.next('office@eurocities.test')
    expect(outcome.text).toContain('nicht übernommen')
    expect(outcome.text).toContain('Die Quelle nennt 1986.')
  })

  it('shows per field where the record changed after the proposal was made', async () => {
    const { id } = await submitAndConfirm({ target: { collection: 'municipalities', slug: 'arezzo' }, changes: { population: 97_000, populationYear: 2024 }, email: 'ufficio@arezzo.test' })
    const found = (await rest(who.editor, 'GET', '/municipalities?where[slug][equals]=arezzo&depth=0')).body as { docs: { id: string }[] }
    expect((await rest(who.editor, 'PATCH', `/municipalities/${found.docs[0]!.id}`, { population: 96_900 })).status).toBe(200)
    const diff = (await rest(who.editor, 'GET', `/editorial/proposals/${id}/diff`)).body as unknown as Diff
    expect(diff.rows.find((r) => r.key === 'population')).toMatchObject({ current: 96_900, conflict: true })
    expect(diff.rows.find((r) => r.key === 'populationYear')?.conflict).toBe(false)
  })

  it('a new event sent in English only stays a draft if the editor says so, not a public event before', async () => {
    const { id } = await submitAndConfirm({
      target: { collection: 'events', new: true },
      changes: { 'title.en': 'Open data day Hamm', kind: 'workshop', start: '2027-03-04T09:00:00.000Z', start_tz: 'Europe/Berlin', 'summary.en': 'Open data for everyone.' },
      email: 'events@hamm.test',
    })
    const listed = async () => ((await (await fetch(api('/events?when=all&lang=en&limit=100'))).json()) as { items: { title: string }[] }).items.map((e) => e.title)
    expect(await listed()).not.toContain('Open data day Hamm')
    const decided = await rest(who.editor, 'POST', `/editorial/proposals/${id}/decide`, { accept: ['title.en', 'kind', 'start', 'start_tz', 'summary.en'], publish: false })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    const slug = (decided.body as { record: { slug: string } }).record.slug
    const drafts = (await rest(who.editor, 'GET', `/events?where[slug][equals]=${slug}&draft=true&locale=en&depth=0`)).body as { docs: { title: string; _status: string }[] }
    expect(drafts.docs[0]).toMatchObject({ title: 'Open data day Hamm', _status: 'draft' })
    expect(await listed()).not.toContain('Open data day Hamm')
  })

  it('a new event sent in English only and published appears in German with the English marked as fallback, and its change log names the proposal', async () => {
    const { id, receipt } = await submitAndConfirm({
      target: { collection: 'events', new: true },
      changes: { 'title.en': 'Hamm data walk', kind: 'workshop', start: '2027-05-06T14:00:00.000Z', start_tz: 'Europe/Berlin', 'summary.en': 'A walk through open data.' },
      email: 'walk@hamm.test',
    })
    const decided = await rest(who.editor, 'POST', `/editorial/proposals/${id}/decide`, { accept: ['title.en', 'kind', 'start', 'start_tz', 'summary.en'], publish: true })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    const slug = (decided.body as { record: { slug: string } }).record.slug

    type Event = { title: string; summary: string | null; fallback: string[] }
    const german = async () => (await (await fetch(api(`/events/${slug}?lang=de`))).json()) as Event
    await expect.poll(german).toMatchObject({ title: 'Hamm data walk', summary: 'A walk through open data.' })
    expect((await german()).fallback.sort()).toEqual(['summary', 'title'])
    const english = (await (await fetch(api(`/events/${slug}?lang=en`))).json()) as Event
    expect(english).toMatchObject({ title: 'Hamm data walk', fallback: [] })

    type Stored = { id: string; title: string; translationStatus: string; germanFromEnglish: string[] | null }
    const stored = async () => ((await rest(who.editor, 'GET', `/events?where[slug][equals]=${slug}&locale=de&depth=0`)).body as { docs: Stored[] }).docs[0]!
    const record = await stored()
    // German is required to publish (issue 11): the title was copied and is marked as a copy.
    expect(record).toMatchObject({ title: 'Hamm data walk', translationStatus: 'german-from-english', germanFromEnglish: ['title'] })

    const log = (await rest(who.editor, 'GET', `/editorial/changes/events/${record.id}`)).body as { entries: { proposal: { receipt: string } | null }[] }
    expect(log.entries.length).toBeGreaterThan(0)
    expect(log.entries.every((entry) => entry.proposal?.receipt === receipt)).toBe(true)

    // Translating the German title ends the mark; the summary still falls back to English.
    expect((await rest(who.editor, 'PATCH', `/events/${record.id}?locale=de`, { title: 'Datenspaziergang Hamm' })).status).toBe(200)
    expect(await stored()).toMatchObject({ title: 'Datenspaziergang Hamm', translationStatus: 'complete', germanFromEnglish: null })
    // The public read model follows the save within moments, not within the request.
    await expect.poll(german).toMatchObject({ title: 'Datenspaziergang Hamm', fallback: ['summary'] })
    const edited = (await rest(who.editor, 'GET', `/editorial/changes/events/${record.id}`)).body as { entries: { proposal: unknown }[] }
    expect(edited.entries[0]?.proposal).toBeNull()
  })

  it('keeps markup a submitter types as plain characters: stored as typed, shown as text, never run', async () => {
    const typed = '<script>alert(1)</script> & <img src=x onerror="alert(2)"> <b>bold</b>'
    const { id } = await submitAndConfirm({ target: { collection: 'networks', slug: 'eurocities' }, changes: { 'focus.en': typed }, email: 'markup@example.test' })
    const diff = (await rest(who.editor, 'GET', `/editorial/proposals/${id}/diff`)).body as unknown as Diff
    expect(diff.rows.find((r) => r.key === 'focus.en')?.proposed).toBe(typed)
    const decided = await rest(who.editor, 'POST', `/editorial/proposals/${id}/decide`, { accept: ['focus.en'], publish: true })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    const network = (await (await fetch(api('/networks/eurocities?lang=en'))).json()) as { focus: string }
    expect(network.focus).toBe(typed)
    const jsonld = await (await fetch(api('/networks/eurocities?lang=en'), { headers: { accept: 'application/ld+json' } })).text()
    expect(JSON.parse(jsonld)).toBeTruthy()
    // The German answer, which the widgets of German partner sites read, still works.
    expect((await fetch(api('/networks/eurocities?lang=de'))).status).toBe(200)
  })

  it('refuses a missing, wrong or reused proof of work, values of the wrong type, unknown fields and a filled robots’ field, naming each field', async () => {
    const base: Submission = { target: { collection: 'networks', slug: 'eurocities' }, changes: { foundedYear: 1987 }, email: 'x@example.test' }
    const missing = await submit(base, '')
    expect(missing.status).toBe(400)
    expect(missing.body.invalidParams).toEqual([expect.objectContaining({ name: 'altcha' })])
    const wrong = await submit(base, btoa(JSON.stringify({ algorithm: 'SHA-256', challenge: 'ab', number: 1, salt: 'x', signature: 'forged' })))
    expect(wrong.status).toBe(400)
    const payload = await solved()
    const invalid = await submit({ ...base, changes: { 'goals.en': 'x'.repeat(20_000), foundedYear: 'soon', colour: 'red' } }, payload)
    expect(invalid.status).toBe(400)
    expect((invalid.body.invalidParams as { name: string }[]).map((p) => p.name).sort()).toEqual(['changes.colour', 'foundedYear', 'goals.en'])
    expect((await submit(base, payload)).status).toBe(400)
    const robot = await submit({ ...base, extra: { website: 'http://spam.example' } })
    expect(robot.status).toBe(400)
    const open = await rest(who.editor, 'GET', '/proposals?where[submitter.email][equals]=x@example.test')
    expect((open.body as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('answer as the OpenAPI document describes them', async () => {
    const doc = (await (await fetch(api('/openapi.json'))).json()) as { paths: Record<string, Record<string, unknown>>; components: object }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/proposals', '/proposals/challenge', '/proposals/form/{collection}/{slug}', '/proposals/confirm']))
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addSchema({ $id: 'vie', components: doc.components } as object)
    const valid = (schema: string, body: unknown) => {
      const validate = ajv.getSchema(`vie#/components/schemas/${schema}`)
      expect(validate?.(body), `${schema}: ${JSON.stringify(validate?.errors)}`).toBe(true)
    }
    valid('ProposalChallenge', await (await fetch(api('/proposals/challenge'))).json())
    valid('ProposalForm', await (await fetch(api('/proposals/form/tandems/hamm-arezzo?lang=de'))).json())
    valid('ProposalForm', await (await fetch(api('/proposals/form/events/new?lang=en'))).json())
    const sent = await submit({ target: { collection: 'tandems', slug: 'hamm-arezzo' }, changes: { 'jointProjects.en': 'A joint data platform.' }, email: 'tandem@hamm.test' })
    expect(sent.status).toBe(202)
    valid('ProposalReceipt', sent.body)
    const invalid = await submit({ target: { collection: 'tandems', slug: 'hamm-arezzo' }, changes: {}, email: 'not-an-address' })
    expect(invalid.status).toBe(400)
    valid('Problem', invalid.body)
  })

  it('keeps submitters out of the public: no proposal is readable without an editor’s session', async () => {
    expect((await rest(who.anonymous, 'GET', '/proposals')).status).toBe(403)
    expect((await fetch(api('/proposals'))).status).toBe(404)
  })

  it('answers a flood with 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 20 && !statuses.includes(429); i++) {
      statuses.push((await submit({ target: { collection: 'networks', slug: 'eurocities' }, changes: { foundedYear: 1980 + i }, email: `flood${i}@example.test` }, 'not-solved')).status)
    }
    expect(statuses).toContain(429)
  })
})
