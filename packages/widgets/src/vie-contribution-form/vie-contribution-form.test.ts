import type { ProposalChallenge, ProposalForm } from '@vie/types'
import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'

import '../lazy/vie-contribution-form'
import { settled } from '../testing/settled'

const API = 'https://vie.example'

const form = (lang: 'de' | 'en'): ProposalForm => ({
  target: { collection: 'municipalities', slug: 'hamm', name: 'Hamm' },
  fields: [
    { key: 'population', label: lang === 'de' ? 'Einwohnerzahl' : 'Population', type: 'number', value: 180761, min: 0 },
    { key: 'partnership.offersText.de', label: 'Angebot (Deutsch)', type: 'textarea', lang: 'de', value: 'Bürgerbeteiligung', maxLength: 2000 },
    { key: 'partnership.offersText.en', label: 'Offer (English)', type: 'textarea', lang: 'en', value: null, maxLength: 2000 },
    {
      key: 'partnership.seeks',
      label: lang === 'de' ? 'Sucht' : 'Seeks',
      type: 'multiselect',
      value: ['digital-twins'],
      options: [
        { value: 'digital-twins', label: 'Digital twins' },
        { value: 'open-data', label: 'Open data' },
      ],
    },
  ],
  privacyNotice: 'We store your name and e-mail to handle the proposal and delete them 90 days after the decision.',
  limits: { message: 2000, name: 200, organisation: 200 },
})

type Sent = { url: URL; body: Record<string, unknown> | null }
let sent: Sent[] = []
let answer: (url: URL) => Response

async function challenge(): Promise<ProposalChallenge> {
  const salt = 'feedc0de'
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}77`))
  const hash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
  return { algorithm: 'SHA-256', challenge: hash, maxnumber: 5000, salt, signature: 'sig' }
}

function place(lang: 'de' | 'en', theme = 'light') {
  const holder = document.createElement('main')
  holder.innerHTML = `<vie-contribution-form collection="municipalities" slug="hamm" lang="${lang}" theme="${theme}" api="${API}"></vie-contribution-form>`
  document.body.append(holder)
  return holder.querySelector('vie-contribution-form') as HTMLElement & { shadowRoot: ShadowRoot }
}

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement & { shadowRoot: ShadowRoot }, selector: string) => el.shadowRoot.querySelector<T>(selector)

async function ready(el: HTMLElement & { shadowRoot: ShadowRoot }) {
  await settled(() => expect($(el, 'form')).not.toBeNull())
}

async function fillSubmitter(el: HTMLElement & { shadowRoot: ShadowRoot }) {
  await userEvent.fill($(el, '[name="submitter.name"]')!, 'Petra Beispiel')
  await userEvent.fill($(el, '[name="submitter.email"]')!, 'petra@hamm.example')
  await userEvent.click($(el, '[name="consent"]')!)
}

describe('<vie-contribution-form>', () => {
  beforeEach(async () => {
    sent = []
    const solvable = await challenge()
    answer = (url) => {
      if (url.pathname === '/public/v1/proposals/challenge') return Response.json(solvable)
      if (url.pathname === '/public/v1/proposals') return Response.json({ receipt: 'P-2026-0042' }, { status: 202 })
      return Response.json(form(url.searchParams.get('lang') === 'en' ? 'en' : 'de'))
    }
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = new URL(String(input))
      expect(init?.credentials).toBe('omit')
      sent.push({ url, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : null })
      return answer(url)
    })
  })
  afterEach(() => {
    document.body.replaceChildren()
    vi.restoreAllMocks()
  })

  it('shows the record’s current values and sends only what changed, with a solved challenge', async () => {
    const el = place('en')
    await ready(el)
    expect(sent[0]?.url.pathname).toBe('/public/v1/proposals/form/municipalities/hamm')
    expect(sent[0]?.url.searchParams.get('lang')).toBe('en')
    expect($(el, 'h2')?.textContent).toBe('Suggest a change: Hamm')
    expect($<HTMLInputElement>(el, '[name="population"]')?.value).toBe('180761')
    expect($<HTMLTextAreaElement>(el, '[name="partnership.offersText.de"]')?.value).toBe('Bürgerbeteiligung')

    await userEvent.fill($(el, '[name="population"]')!, '179000')
    await userEvent.click($(el, 'input[name="partnership.seeks"][value="open-data"]')!)
    await fillSubmitter(el)
    await userEvent.click($(el, 'button[type="submit"]')!)

    await settled(() => expect($(el, '.sent')).not.toBeNull())
    const post = sent.find((s) => s.url.pathname === '/public/v1/proposals')!
    expect(post.body).toMatchObject({
      target: { collection: 'municipalities', slug: 'hamm' },
      changes: { population: 179000, 'partnership.seeks': ['digital-twins', 'open-data'] },
      submitter: { name: 'Petra Beispiel', email: 'petra@hamm.example', organisation: '' },
      consent: true,
      website: '',
      lang: 'en',
    })
    expect(Object.keys(post.body!.changes as object)).toHaveLength(2)
    expect(JSON.parse(atob(String(post.body!.altcha)))).toMatchObject({ number: 77, signature: 'sig' })
    expect(el.shadowRoot.activeElement?.classList.contains('sent')).toBe(true)
    expect($(el, '.sent')?.textContent).toContain('petra@hamm.example')
    expect($(el, '.sent')?.textContent).toContain('P-2026-0042')
  })

  it('says so when nothing changed, and asks for name, e-mail and consent before sending anything', async () => {
    const el = place('de')
    await ready(el)
    await userEvent.click($(el, 'button[type="submit"]')!)
    await settled(() => expect($(el, '.notice')?.textContent).toBe('Sie haben noch nichts geändert.'))
    await userEvent.fill($(el, '[name="population"]')!, '1')
    await userEvent.click($(el, 'button[type="submit"]')!)
    await settled(() => expect($(el, '.notice')?.textContent).toBe('Bitte prüfen Sie 3 Felder.'))
    expect($(el, '[name="submitter.name"]')?.getAttribute('aria-invalid')).toBe('true')
    expect(el.shadowRoot.activeElement?.getAttribute('name')).toBe('submitter.name')
    expect(sent.some((s) => s.url.pathname === '/public/v1/proposals')).toBe(false)
  })

  it('puts the server’s message at each field it names and keeps what was typed', async () => {
    answer = ((previous) => (url: URL) =>
      url.pathname === '/public/v1/proposals'
        ? Response.json(
            { type: `${API}/public/v1/docs#problem-invalid-parameter`, title: 'Invalid', status: 400, detail: 'x', invalidParams: [{ name: 'population', reason: 'Must be a whole number from 0.' }] },
            { status: 400, headers: { 'content-type': 'application/problem+json' } },
          )
        : previous(url))(answer)
    const el = place('en')
    await ready(el)
    await userEvent.fill($(el, '[name="population"]')!, '-5')
    await fillSubmitter(el)
    await userEvent.click($(el, 'button[type="submit"]')!)
    await settled(() => expect($(el, '#field-population-error')?.textContent).toBe('Must be a whole number from 0.'))
    expect($(el, '[name="population"]')?.getAttribute('aria-describedby')).toContain('field-population-error')
    expect(el.shadowRoot.activeElement?.getAttribute('name')).toBe('population')
    expect($<HTMLInputElement>(el, '[name="submitter.name"]')?.value).toBe('Petra Beispiel')
  })

  it('tells a flood apart from other failures', async () => {
    answer = ((previous) => (url: URL) => (url.pathname === '/public/v1/proposals' ? new Response('{}', { status: 429 }) : previous(url)))(answer)
    const el = place('en')
    await ready(el)
    await userEvent.fill($(el, '[name="population"]')!, '2')
    await fillSubmitter(el)
    await userEvent.click($(el, 'button[type="submit"]')!)
    await settled(() => expect($(el, '.notice')?.textContent).toContain('Too many proposals'))
  })

  it('meets WCAG 2.1 AA in both themes and languages, with the robots’ field out of reach', async () => {
    for (const [lang, theme] of [['de', 'light'], ['en', 'dark']] as const) {
      const el = place(lang, theme)
      await ready(el)
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      expect(result.violations.map((v) => v.id)).toEqual([])
      expect($(el, '[name="website"]')?.getAttribute('tabindex')).toBe('-1')
      document.body.replaceChildren()
    }
  })
})
