import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders } from '../helpers/api'
import { launchChromium, openDocument } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createEditor, EDITOR_LOGIN, editorPage, SCREENSHOTS } from '../editorial/editorSession'

type Network = { id: string; name?: string | null; acronym?: string | null; goals?: string | null; _status?: string }

const FIVE_MB = 5 * 1024 * 1024

/**
 * An editor with the German admin writing English content: publishing without a German name is
 * refused with a message at the field, an unfinished draft is kept, a restored version is a draft
 * (the public keeps the published one), and a 5 MB paste into "Goals" is named with its limit.
 */
describe('an editor in the German admin, writing English content', () => {
  let server: BootedServer
  let browser: Browser
  let page: Page
  let token: string
  const serverErrors: string[] = []

  const api = async (method: 'GET' | 'POST' | 'PATCH', pathAndQuery: string, body?: unknown, anonymous = false) => {
    const res = await fetch(`${server.url}/api${pathAndQuery}`, {
      method,
      headers: anonymous ? {} : authHeaders(token),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as { doc?: Network; docs?: Network[] } & Network }
  }

  beforeAll(async () => {
    server = await bootServer()
    token = await createEditor(server.url)
    browser = await launchChromium()
    ;({ page } = await editorPage(browser, server.url, 'de-DE'))
    page.on('response', (res) => {
      if (res.status() >= 500) serverErrors.push(`${res.status()} ${res.request().method()} ${res.url()}`)
    })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('refuses to publish a new network without a German name and says so at the field', async () => {
    await openDocument(page, `${server.url}/admin/collections/networks/create?locale=en`)
    await page.locator('#field-name').fill('Baltic Digital Cities')
    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
    await page.getByText(/Name: Pflichtfeld \(auf Deutsch\) – der deutsche Text fehlt/).first().waitFor()
    expect((await api('GET', '/networks?draft=true&where[name][equals]=Baltic%20Digital%20Cities&locale=en')).body.docs).toEqual([])
  })

  it('keeps the unfinished network as a draft', async () => {
    await page.getByRole('button', { name: 'Entwurf speichern' }).click()
    await page.waitForURL((url) => /\/admin\/collections\/networks\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'))
    const id = page.url().split('?')[0]?.split('/').pop() as string
    const stored = (await api('GET', `/networks/${id}?draft=true&locale=en&fallback-locale=none`)).body
    expect(stored).toMatchObject({ name: 'Baltic Digital Cities', _status: 'draft' })
    expect((await api('GET', `/networks/${id}`, undefined, true)).status).toBe(404)
  })

  it('restores an older version as a draft; the public keeps the published state', async () => {
    const created = await api('POST', '/networks', {
      name: 'Ostsee-Städtenetz',
      acronym: 'ALT',
      category: 'eu-thematic',
      foundingInitiative: 'bottom-up',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc?.id as string
    expect((await api('PATCH', `/networks/${id}?locale=en`, { acronym: 'NEU' })).status).toBe(200)

    await page.goto(`${server.url}/admin/collections/networks/${id}/versions?locale=en`)
    const versionLinks = page.locator('table tbody tr td:first-child a')
    await versionLinks.nth(1).waitFor()
    await versionLinks.nth(1).click()
    await page.getByRole('button', { name: 'Als Entwurf wiederherstellen' }).first().click()
    await page.getByText(/als neuer Entwurf wiederhergestellt/).waitFor()
    await page.getByRole('button', { name: 'Bestätigen' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/versions'))

    await expect.poll(async () => (await api('GET', `/networks/${id}?draft=true`)).body.acronym).toBe('ALT')
    expect((await api('GET', `/networks/${id}?draft=true`)).body._status).toBe('draft')
    expect((await api('GET', `/networks/${id}`, undefined, true)).body.acronym).toBe('NEU')

    // The sidebar's change log names the restore: who, and the acronym's way back.
    await page.getByText('Wer hat was geändert?').click()
    const newest = page.locator('#change-log-title ~ details li').first()
    await newest.getByText(/Abkürzung: NEU → ALT/).waitFor()
    await expect(newest.textContent()).resolves.toMatch(new RegExp(`${EDITOR_LOGIN.name}.*Entwurf`))
    await page.screenshot({ path: `${SCREENSHOTS}/change-log-de.png` })
  })

  it('names the field and its limit when 5 MB are pasted into Goals, without a server error', async () => {
    const created = await api('POST', '/networks', {
      name: 'Netzwerk mit langen Zielen',
      category: 'eu-thematic',
      foundingInitiative: 'bottom-up',
      _status: 'published',
    })
    const id = created.body.doc?.id as string
    await openDocument(page, `${server.url}/admin/collections/networks/${id}?locale=en`)
    await page.getByRole('button', { name: 'Ziele und Mitglieder' }).click()
    await page.locator('#field-goals').fill('x'.repeat(FIVE_MB))
    await page.getByRole('button', { name: 'Entwurf speichern' }).click()
    await page.getByText(/Ziele und Arbeitsweise: höchstens 5\.000 Zeichen erlaubt, eingegeben sind 5\.242\.880/).first().waitFor({ timeout: 30_000 })
    await expect(page.getByText('Multipart limit has been reached').count()).resolves.toBe(0)
    expect((await api('GET', `/networks/${id}?draft=true&locale=en`)).body.goals ?? null).toBeNull()
    expect(serverErrors).toEqual([])
  })

  it('leaves an empty English name empty when publishing twice in a row', async () => {
    const created = await api('POST', '/networks', { name: 'Nur deutsch benanntes Netz', category: 'eu-thematic', foundingInitiative: 'bottom-up', _status: 'published' })
    const id = created.body.doc?.id as string
    await openDocument(page, `${server.url}/admin/collections/networks/${id}?locale=en`)
    await page.getByRole('button', { name: 'Ziele und Mitglieder' }).click()
    for (const goals of ['First English goals.', 'Second English goals, right after.']) {
      await page.locator('#field-goals').fill(goals)
      await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
      await expect.poll(async () => (await api('GET', `/networks/${id}?locale=en&fallback-locale=none`)).body.goals).toBe(goals)
      // The form takes the answer back: the German name must stay a placeholder, not become a value.
      await expect.poll(() => page.locator('#field-name').inputValue()).toBe('')
    }
    const stored = (await api('GET', `/networks/${id}?locale=all&fallback-locale=none`)).body as unknown as { name: { de?: string; en?: string | null } }
    expect(stored.name.de).toBe('Nur deutsch benanntes Netz')
    expect(stored.name.en ?? null).toBeNull()
    expect(serverErrors).toEqual([])
  })
})
