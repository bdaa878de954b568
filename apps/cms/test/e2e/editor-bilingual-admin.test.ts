import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, login } from '../helpers/api'
import { launchChromium, openDocument } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createEditor, editorPage, SCREENSHOTS } from '../editorial/editorSession'

type Doc = { id: string; name?: string | null; title?: string | null; slug: string }

const ADMIN = { email: 'admin@vie.test', password: 'admin-password-123' }
const AUTHOR = { email: 'autorin@vie.test', password: 'author-password-1', name: 'Autorin' }

/**
 * An editor with the German interface keeps the English side of the seeded register: German
 * names stand in (marked "DE") where English is missing, lists search both languages and sort by
 * name, logos may be SVG, events take any time zone, sub-types follow the initiative. An admin
 * deactivates an author instead of deleting them. Everything at 1366 px.
 */
describe('the German admin in the English content language', () => {
  let server: BootedServer
  let browser: Browser
  let page: Page
  let token: string
  let mpsc: Doc
  let tandem: Doc

  const api = async (method: 'GET' | 'POST' | 'PATCH', pathAndQuery: string, body?: unknown, as = token) => {
    const res = await fetch(`${server.url}/api${pathAndQuery}`, {
      method,
      headers: authHeaders(as),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(res.status, `${method} ${pathAndQuery}`).toBe(method === 'POST' ? 201 : 200)
    return (await res.json()) as { doc?: Doc; docs?: Doc[] } & Doc
  }
  const bySlug = async (collection: string, slug: string) => (await api('GET', `/${collection}?where[slug][equals]=${slug}&depth=0`)).docs?.[0] as Doc

  beforeAll(async () => {
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true' } })
    token = await createEditor(server.url)
    mpsc = await bySlug('networks', 'modellprojekte-smart-cities')
    tandem = await bySlug('tandems', 'hamm-arezzo')
    await api('PATCH', `/networks/${mpsc.id}?locale=en`, { name: 'Smart Cities Model Projects' })
    browser = await launchChromium()
    ;({ page } = await editorPage(browser, server.url, 'de-DE'))
    await page.setViewportSize({ width: 1366, height: 900 })
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  // First: opening a list with ?limit=… stores that limit as the editor's preference.
  it('searches by acronym and English name, sorts by name, 25 rows a page', async () => {
    await page.goto(`${server.url}/admin/collections/networks?locale=de`)
    await page.locator('table tbody tr').first().waitFor()
    expect(await page.locator('table tbody tr').count()).toBe(25)
    const names = (await page.locator('table tbody tr td.cell-name').allTextContents()).map((text) => text.trim())
    // By name, not by slug: "Council of European…" no longer sits between "Austausch…" and
    // "Cities…"; case and accents do not count ("eu-" beside "Eu", "Ö" beside "O").
    const folded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLocaleLowerCase('de')
    expect(names).toEqual([...names].sort((a, b) => (folded(a) < folded(b) ? -1 : folded(a) > folded(b) ? 1 : 0)))
    expect(names.findIndex((name) => name.startsWith('Council'))).toBeGreaterThan(names.findIndex((name) => name.startsWith('Cities')))

    const search = page.locator('#search-filter-input')
    for (const term of ['MPSC', 'Model Projects']) {
      await search.fill(term)
      await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(1)
      await expect(page.locator('table tbody tr').textContent()).resolves.toContain('Modellprojekte Smart Cities')
    }
  })

  it('titles a network without English name by its German name marked "DE", and shows German texts as placeholders', async () => {
    const network = await bySlug('networks', 'innovators-club')
    await page.goto(`${server.url}/admin/collections/networks?locale=en&limit=100`)
    const row = page.locator('table tbody tr', { hasText: 'Innovators Club' })
    await expect(row.locator('abbr').first().textContent()).resolves.toBe('DE')

    await openDocument(page, `${server.url}/admin/collections/networks/${network.id}?locale=en`)
    await page.getByRole('heading', { name: 'Innovators Club (DE)' }).waitFor()
    await expect(page.locator('.step-nav').textContent()).resolves.toContain('Innovators Club (DE)')
    const name = page.locator('input[name="name"]')
    await expect(name.inputValue()).resolves.toBe('')
    await expect.poll(() => name.getAttribute('placeholder'), { timeout: 15_000 }).toBe('Innovators Club')
  })

  it('filters the list to records whose English texts are missing', async () => {
    await page.goto(`${server.url}/admin/collections/networks?locale=en&where[translationStatus][equals]=english-missing`)
    await page.locator('table tbody tr').first().waitFor()
    const missing = await page.locator('table tbody tr').count()
    expect(missing).toBeGreaterThan(0)
    await expect(page.locator('table thead').textContent()).resolves.toContain('Übersetzung')
    await expect(page.locator('table tbody').textContent()).resolves.toContain('Englisch fehlt')
  })

  it('offers only the sub-types of the chosen founding initiative', async () => {
    await openDocument(page, `${server.url}/admin/collections/networks/create`)
    const initiative = page.locator('#field-foundingInitiative')
    await initiative.click()
    await page.getByRole('option', { name: 'Top-down-Initiative' }).click()
    await page.locator('#field-foundingSubtype').click()
    await page.getByRole('option', { name: 'Verbindung mit spezifischem Förderprogramm' }).waitFor()
    const offered = await page.getByRole('option').allTextContents()
    expect(offered).toContain('Verbindung mit spezifischem Förderprogramm')
    expect(offered.length).toBeGreaterThan(0)
    expect(offered.length).toBeLessThan(7)
    await page.keyboard.press('Escape')
  })

  it('uploads an SVG logo, stored without its script', async () => {
    await openDocument(page, `${server.url}/admin/collections/networks/${mpsc.id}`)
    await page.getByRole('button', { name: 'Kontakt und Quelle' }).click()
    await page.getByText('Erlaubte Formate: PNG, JPEG, WebP, GIF, AVIF und SVG', { exact: false }).first().waitFor()

    await openDocument(page, `${server.url}/admin/collections/media/create`)
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10" fill="#004b87"/></svg>'
    await page.locator('input[type="file"]').setInputFiles({ name: 'netz-logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) })
    await page.locator('input[name="alt.de"]').fill('Logo des Netzwerks')
    await page.locator('input[name="alt.en"]').fill('Logo of the network')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await page.waitForURL((url) => /\/admin\/collections\/media\/[0-9a-f-]{36}/.test(url.pathname))
    const media = (await api('GET', '/media?where[filename][equals]=netz-logo.svg&depth=0')).docs?.[0] as Doc & { url: string }
    const served = await fetch(`${server.url}${media.url}`)
    expect(served.headers.get('content-security-policy')).toMatch(/sandbox/)
    const stored = await served.text()
    expect(stored).toContain('<rect')
    expect(stored).not.toMatch(/script|onload/i)
  })

  it('takes Helsinki as start zone, and the end zone follows', async () => {
    await openDocument(page, `${server.url}/admin/collections/events/create`)
    const zones = page.locator('.timezone-picker')
    await zones.first().click()
    await page.keyboard.type('Helsinki')
    await page.getByRole('option', { name: 'Helsinki (Europe/Helsinki)' }).click()
    await expect.poll(() => zones.nth(1).textContent(), { timeout: 15_000 }).toContain('Helsinki (Europe/Helsinki)')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'event-edit-de-1366.png'), fullPage: true })
  })

  it('shows one event status column, past events as "Vergangen"', async () => {
    await page.goto(`${server.url}/admin/collections/events?locale=de&limit=100`)
    await page.locator('table tbody tr').first().waitFor()
    const head = (await page.locator('table thead th').allTextContents()).map((text) => text.trim())
    expect(head).toContain('Veranstaltungsstatus')
    expect(head).toContain('Veröffentlichung')
    expect(head.filter((text) => text === 'Status')).toHaveLength(0)
    const past = page.locator('table tbody tr', { hasText: 'Projekttreffen' }).locator('[data-event-phase="past"]')
    await expect(past.first().textContent()).resolves.toBe('Vergangen')
  })

  it('lists a tandem’s events on its page', async () => {
    const event = await bySlug('events', 'projekttreffen-berlin-2023')
    await openDocument(page, `${server.url}/admin/collections/tandems/${tandem.id}`)
    const joined = page.locator('.join-field, [class*="relationship-table"]').filter({ hasText: 'Veranstaltungen' })
    const title = (await api('GET', `/events/${event.id}?depth=0`)).title as string
    await expect.poll(() => joined.first().textContent(), { timeout: 15_000 }).toContain(title)
  })

  it('fits 1366 px in German: no wrapped button in the edit view, two distinct language names', async () => {
    await openDocument(page, `${server.url}/admin/collections/networks/${mpsc.id}`)
    await page.getByRole('link', { name: 'Einbetten', exact: true }).waitFor()
    const controls = page.locator('.doc-controls .btn, .doc-controls a.btn')
    const heights = await controls.evaluateAll((elements) => elements.map((element) => ({ text: element.textContent ?? '', height: element.getBoundingClientRect().height })))
    expect(heights.length).toBeGreaterThan(1)
    for (const { text, height } of heights) expect(height, text).toBeLessThan(40)
    await expect(page.locator('.localizer').textContent()).resolves.toContain('Inhaltssprache')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'network-edit-de-1366.png') })

    await page.goto(`${server.url}/admin/account`)
    await expect(page.locator('main').textContent()).resolves.toContain('Oberflächensprache')
  })

  it('an admin deactivates an author, and deleting them is refused with the reason', async () => {
    const adminToken = await login(server.url, ADMIN.email, ADMIN.password)
    const author = (await api('POST', '/users', { ...AUTHOR, role: 'editor' }, adminToken)).doc as Doc
    const authorToken = await login(server.url, AUTHOR.email, AUTHOR.password)
    await api('PATCH', `/networks/${mpsc.id}`, { acronym: 'MPSC' }, authorToken)

    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1366, height: 900 } })
    const adminPage = await context.newPage()
    await adminPage.goto(`${server.url}/admin/login`)
    await adminPage.fill('input[name="email"]', ADMIN.email)
    await adminPage.fill('input[name="password"]', ADMIN.password)
    await adminPage.getByRole('button', { name: 'Anmelden' }).click()
    await adminPage.waitForURL((url) => url.pathname === '/admin')

    await openDocument(adminPage, `${server.url}/admin/collections/users/${author.id}`)
    await adminPage.locator('.doc-controls__dots').click()
    await adminPage.getByRole('button', { name: 'Löschen' }).first().click()
    await adminPage.locator('.confirmation-modal, [class*="modal"]').getByRole('button', { name: /Bestätigen|Löschen/ }).last().click()
    await adminPage.getByText(/kann nicht gelöscht werden.*deaktivieren/).first().waitFor()
    await adminPage.screenshot({ path: path.join(SCREENSHOTS, 'user-delete-refused-de.png') })

    await openDocument(adminPage, `${server.url}/admin/collections/users/${author.id}`)
    await adminPage.getByLabel('Aktiv (darf sich anmelden)').uncheck()
    await adminPage.getByRole('button', { name: 'Speichern' }).click()
    await adminPage.getByText(/erfolgreich/i).first().waitFor()
    await context.close()

    const refused = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: AUTHOR.email, password: AUTHOR.password }),
    })
    expect(refused.status).toBe(403)
    expect((await api('GET', `/networks/${mpsc.id}?depth=0`, undefined, adminToken)) as Record<string, unknown>).toMatchObject({ updatedBy: author.id })
  })
})
