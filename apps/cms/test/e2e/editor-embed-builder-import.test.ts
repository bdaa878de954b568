import { parse } from 'csv-parse/sync'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, login } from '../helpers/api'
import { launchChromium, openDocument, openEmbedBuilder } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { allLoaded, shadowText, startPartnerSite, type PartnerSite } from '../widgets/partnerSite'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const EDITOR = { email: 'builder-editor@vie.test', password: 'editor-password-1' }
const CARD = 'vie-network-card'

/** What a widget shows, and how: its text and the sequence of its parts. */
const rendering = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => ({
    text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    parts: [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].map((p) => `${p.tagName.toLowerCase()}:${p.getAttribute('part')}`),
  }))

async function signIn(context: BrowserContext, base: string, loginLabel: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${base}/admin/login`)
  await page.fill('input[name="email"]', EDITOR.email)
  await page.fill('input[name="password"]', EDITOR.password)
  await page.getByRole('button', { name: loginLabel }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/**
 * An editor's embed builder and import in the real admin: the copied snippet works on a partner
 * site exactly like the preview, the builder opens preset from a network, and an import with a
 * bad row is refused (nothing saved) while the fixed file imports.
 */
describe('an editor builds an embed snippet and imports a CSV in the admin', () => {
  let server: BootedServer
  let browser: Browser
  let english: BrowserContext
  let page: Page
  let site: PartnerSite
  let adminToken: string

  const topicCount = async (): Promise<number> =>
    ((await (await fetch(`${server.url}/api/topics?limit=0`, { headers: authHeaders(adminToken) })).json()) as { totalDocs: number }).totalDocs

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    ;[server, site, browser] = await Promise.all([bootServer({ env: { SEED_ON_EMPTY: 'true' } }), startPartnerSite(), launchChromium()])
    adminToken = await login(server.url, 'admin@vie.test', 'admin-password-123')
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: authHeaders(adminToken),
      body: JSON.stringify({ ...EDITOR, role: 'editor', name: 'Redaktion' }),
    })
    expect(created.status).toBe(201)
    english = await browser.newContext({ locale: 'en-GB', viewport: { width: 1400, height: 1100 } })
    await english.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    page = await signIn(english, server.url, 'Login')
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await site?.close()
    await server?.stop()
  })

  it('copies a snippet that renders the same widget on a partner site as in the preview', async () => {
    // The admin's navigation links to the builder (and the import), named in the admin language.
    expect(await page.locator('nav a[href="/admin/embed-builder"]').textContent()).toBe('Embed builder')
    expect(await page.locator('nav a[href="/admin/import-export"]').textContent()).toBe('Import and export')
    await openEmbedBuilder(page, server.url)
    await page.getByRole('heading', { name: 'Embed builder' }).waitFor()
    await page.getByLabel('Element').selectOption(CARD)
    await page.getByRole('searchbox').fill('eurocities')
    await page.locator('select[name="record"]').selectOption('eurocities')
    await page.getByRole('radio', { name: 'English' }).check()
    await page.getByRole('radio', { name: 'Dark' }).check()
    await allLoaded(page)
    expect(await shadowText(page, `[data-testid="embed-preview"] ${CARD}`)).toContain('Eurocities')
    const preview = await rendering(page, `[data-testid="embed-preview"] ${CARD}`)

    await page.getByRole('button', { name: 'Copy code' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Code copied' }).count()).toBe(1)
    const snippet = await page.evaluate(() => navigator.clipboard.readText())
    expect(snippet).toMatch(new RegExp(`<script type="module" src="${server.url}/widgets/v1/vie-widgets\\.[0-9a-f]{12}\\.js" integrity="sha384-[^"]+" crossorigin="anonymous"></script>`))
    expect(snippet).toContain(`<${CARD} slug="eurocities" lang="en" theme="dark"></${CARD}>`)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-builder-en.png'), fullPage: true })

    site.serve('/pasted', { type: 'text/html; charset=utf-8', headers: {}, body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Partner</title></head><body>${snippet}</body></html>` })
    const partner = await browser.newPage()
    const problems: string[] = []
    partner.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    await partner.goto(`${site.origin}/pasted`)
    await allLoaded(partner)
    expect(await rendering(partner, CARD)).toEqual(preview)
    expect(problems).toEqual([])
    await partner.close()
  })

  it('shows the builder in German for a German admin', async () => {
    const german = await browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1100 } })
    const deutsch = await signIn(german, server.url, 'Anmelden')
    await openEmbedBuilder(deutsch, server.url)
    await deutsch.getByRole('heading', { name: 'Einbettungs-Baukasten' }).waitFor()
    await deutsch.getByLabel('Element').selectOption('vie-event-list')
    await deutsch.locator('select[name="when"]').selectOption('past')
    await deutsch.locator('input[name="limit"]').fill('2')
    await expect.poll(() => deutsch.getByTestId('embed-snippet').textContent()).toContain('<vie-event-list when="past" limit="2" lang="de" theme="light">')
    await allLoaded(deutsch)
    await deutsch.screenshot({ path: path.join(SCREENSHOTS, 'embed-builder-de.png'), fullPage: true })
    await german.close()
  })

  it('opens the builder preset to a network from its edit view', async () => {
    const found = await fetch(`${server.url}/api/networks?where[slug][equals]=eurocities&depth=0`)
    const [network] = ((await found.json()) as { docs: { id: string }[] }).docs
    await openDocument(page, `${server.url}/admin/collections/networks/${network?.id}`)
    await page.getByRole('link', { name: 'Embed', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/admin/embed-builder')
    await expect.poll(() => page.getByLabel('Element').inputValue()).toBe(CARD)
    expect(await page.locator('select[name="record"]').inputValue()).toBe('eurocities')
    await allLoaded(page)
    expect(await page.getByTestId('embed-snippet').textContent()).toContain('slug="eurocities"')
  })

  it('exports the rows selected in the network list as CSV', async () => {
    await page.goto(`${server.url}/admin/collections/networks?limit=10`)
    const rows = page.locator('tbody tr')
    await rows.first().waitFor()
    await rows.nth(0).locator('input[type="checkbox"]').check()
    await rows.nth(1).locator('input[type="checkbox"]').check()
    await page.getByRole('button', { name: 'More options' }).click()
    await page.getByText('Export selection (2)').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^vie-networks-\d{4}-\d{2}-\d{2}\.csv$/)
    const records = parse(fs.readFileSync(await download.path(), 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
    expect(records).toHaveLength(2)
    expect(Object.keys(records[0] ?? {})).toEqual(expect.arrayContaining(['slug', 'goals.de', 'goals.en', 'themes']))
  })

  it('rejects a CSV with one bad row in the dry run, applying it saves nothing, and the fixed file imports', async () => {
    const header = 'slug,label.de,label.en'
    const bad = `${header}\r\nimport-eins,Import eins,Import one\r\nimport-zwei,,Import two\r\nimport-drei,Import drei,Import three\r\n`
    const fixed = bad.replace('import-zwei,,', 'import-zwei,Import zwei,')
    const before = await topicCount()

    await page.goto(`${server.url}/admin/import-export`)
    await page.getByLabel('Collection').selectOption('topics')
    await page.locator('input[type="file"]').setInputFiles({ name: 'topics.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
    await page.getByRole('button', { name: 'Dry run' }).click()
    const summary = page.getByTestId('import-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('2 new, 0 changed, 0 unchanged, 1 with errors')
    const errorRow = page.locator('tr[data-action="error"]')
    expect(await errorRow.locator('td').first().textContent()).toBe('2')
    expect(await errorRow.textContent()).toMatch(/label.*German/)
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-dry-run.png'), fullPage: true })

    // Applying anyway, as the editor's browser session would: nothing is saved.
    const applied = await page.evaluate(async (content) => {
      const res = await fetch('/api/import-export/topics/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format: 'csv', content, apply: true }),
      })
      return (await res.json()) as { applied: boolean; counts: { error: number } }
    }, bad)
    expect(applied).toMatchObject({ applied: false, counts: { error: 1 } })
    expect(await topicCount()).toBe(before)

    await page.locator('input[type="file"]').setInputFiles({ name: 'topics-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) })
    await page.getByRole('button', { name: 'Dry run' }).click()
    await expect.poll(() => summary.textContent()).toContain('3 new, 0 changed, 0 unchanged, 0 with errors')
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => summary.textContent()).toContain('Import saved.')
    expect(await topicCount()).toBe(before + 3)
  })
})
