import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders } from '../helpers/api'
import { launchChromium, openDocument } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createEditor, EDITOR_LOGIN, editorPage, SCREENSHOTS } from '../editorial/editorSession'
import { type LinkServer, startLinkServer } from '../editorial/linkServer'

type Doc = { id: string; slug: string; name?: string; reviewedAt?: string | null; linkCheck?: { ignoredUrls?: string[] | null } | null }

const BROKEN_RECORDS = 7

/**
 * Keeping the seeded register current from the dashboard, in German and English: the review queue
 * by collection, broken links by record (ignore, check again), one row per save in the latest
 * changes, all within about three screens at 1366 × 768; and the widget preview of unsaved edits.
 * Links are checked record by record against a local server only, never the seeded partner sites.
 */
describe('the editor keeps the register current from the dashboard', () => {
  let server: BootedServer
  let links: LinkServer
  let browser: Browser
  let token: string
  const linkNetworks: Doc[] = []

  const api = async <T,>(method: 'GET' | 'POST' | 'PATCH', pathAndQuery: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.url}/api${pathAndQuery}`, {
      method,
      headers: authHeaders(token),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(res.status, `${method} ${pathAndQuery}`).toBe(method === 'POST' && !pathAndQuery.startsWith('/editorial') ? 201 : 200)
    return (await res.json()) as T
  }
  const session = async (locale: 'de-DE' | 'en-GB', viewport = { width: 1366, height: 768 }): Promise<Page> => {
    const { context, page } = await editorPage(browser, server.url, locale)
    await page.setViewportSize(viewport)
    return Object.assign(page, { close: () => context.close() })
  }

  beforeAll(async () => {
    links = await startLinkServer()
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true' } })
    token = await createEditor(server.url)
    for (let n = 1; n <= BROKEN_RECORDS; n++) {
      const { doc } = await api<{ doc: Doc }>('POST', '/networks', {
        name: `Linktest ${n}`,
        category: 'eu-thematic',
        foundingInitiative: 'bottom-up',
        websites: [{ url: `${links.url}/ok` }, { url: `${links.url}/missing?n=${n}` }, { url: `${links.url}/gone?n=${n}` }],
        _status: 'published',
      })
      linkNetworks.push(doc)
      await api('POST', '/editorial/link-check', { collection: 'networks', id: doc.id })
    }
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await links?.close()
  })

  it('fits the dashboard into about three screens at 1366 × 768, in German and English', async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    for (const [locale, heading] of [
      ['de-DE', 'Redaktionsübersicht'],
      ['en-GB', 'Editorial overview'],
    ] as const) {
      const page = await session(locale)
      await page.getByRole('heading', { name: heading }).waitFor()
      await page.getByTestId('broken-links').locator('tbody').first().waitFor()
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      expect(height, `${locale} dashboard height`).toBeLessThanOrEqual(2400)
      await page.screenshot({ path: path.join(SCREENSHOTS, `dashboard-${locale.slice(0, 2)}-1366.png`), fullPage: true })
      await page.close()
    }
  })

  it('filters the review queue to networks and marks one reviewed from its row', async () => {
    const page = await session('de-DE')
    const queue = page.getByTestId('review-queue')
    await queue.getByRole('button', { name: /^Alle \(\d+\)$/ }).waitFor()
    // Networks and tandems come before the 84 municipalities.
    await expect(queue.locator('tbody tr').first().textContent()).resolves.toContain('Netzwerke')
    const networksFilter = queue.getByRole('button', { name: /^Netzwerke \(\d+\)$/ })
    const due = Number(/\((\d+)\)/.exec((await networksFilter.textContent()) ?? '')?.[1])
    expect(due).toBe(34 + BROKEN_RECORDS)
    await networksFilter.click()
    expect(await networksFilter.getAttribute('aria-pressed')).toBe('true')
    await expect(queue.locator('caption').textContent()).resolves.toMatch(new RegExp(`^${due} Datensätze`))
    // Ten rows, more on request.
    expect(await queue.locator('tbody tr').count()).toBe(10)
    await queue.getByRole('button', { name: 'Mehr anzeigen' }).click()
    expect(await queue.locator('tbody tr').count()).toBe(20)

    const title = ((await queue.locator('tbody tr th').first().textContent()) ?? '').trim()
    const open = queue.getByRole('link', { name: `Öffnen: ${title}`, exact: true })
    expect(await open.getAttribute('href')).toMatch(/\/admin\/collections\/networks\/[^/]+$/)
    await queue.getByRole('button', { name: `Als geprüft markieren: ${title}`, exact: true }).click()
    await page.getByText(`Als geprüft markiert. ${title}`).first().waitFor()
    await queue.getByRole('button', { name: `Netzwerke (${due - 1})` }).waitFor()
    expect(await queue.getByRole('row', { name: new RegExp(`^${title}`) }).count()).toBe(0)

    await page.reload()
    await queue.getByRole('button', { name: `Netzwerke (${due - 1})` }).waitFor()
    const reviewed = await api<{ docs: Doc[] }>('GET', `/networks?where[name][equals]=${encodeURIComponent(title)}&depth=0&locale=de`)
    expect(reviewed.docs[0]?.reviewedAt).toBeTruthy()
    await page.close()
  })

  it('groups broken links by record, ignores one for good and checks the record again', async () => {
    const page = await session('en-GB')
    const section = page.getByTestId('broken-links')
    const groups = section.getByTestId('broken-record')
    await groups.first().waitFor()
    // Five records at first, each with its two broken links; the rest on request.
    expect(await groups.count()).toBe(5)
    await expect(section.locator('caption').textContent()).resolves.toContain(`${BROKEN_RECORDS} records`)
    await section.getByRole('button', { name: 'Show more' }).click()
    expect(await groups.count()).toBe(BROKEN_RECORDS)
    const first = linkNetworks[0] as Doc
    const group = groups.filter({ has: page.getByRole('link', { name: 'Linktest 1', exact: true }) })
    expect(await group.locator('tr').count()).toBe(3)

    const missing = `${links.url}/missing?n=1`
    await group.getByRole('button', { name: `Ignore: ${missing}` }).click()
    await page.getByText(`${missing} is ignored.`).first().waitFor()
    await group.getByText('1 link ignored').waitFor()
    expect(await group.locator('tr').count()).toBe(2)
    await expect(group.textContent()).resolves.not.toContain(missing)

    const asked = links.hits.length
    await group.getByRole('button', { name: 'Check again: Linktest 1' }).click()
    await page.getByText('Links of “Linktest 1” checked again.').first().waitFor()
    // Only this record's three links were asked again, and the ignored one stays ignored.
    expect(links.hits.slice(asked).map((hit) => hit.path).sort()).toEqual(['/gone?n=1', '/missing?n=1', '/ok'])
    await page.reload()
    await section.getByRole('button', { name: 'Show more' }).click()
    const again = section.getByTestId('broken-record').filter({ has: page.getByRole('link', { name: 'Linktest 1', exact: true }) })
    expect(await again.locator('tr').count()).toBe(2)
    await again.getByText('1 link ignored').waitFor()
    const stored = await api<Doc>('GET', `/networks/${first.id}?depth=0`)
    expect(stored.linkCheck?.ignoredUrls).toEqual([missing])
    await page.close()
  })

  it('lists each save once, both languages in one row, after editing in German and then English', async () => {
    const page = await session('de-DE', { width: 1366, height: 900 })
    const changes = page.getByTestId('recent-changes')
    const more = changes.getByRole('button', { name: 'Mehr anzeigen' })
    const showAll = async () => {
      await changes.locator('tbody tr').first().waitFor()
      while (await more.isVisible()) await more.click()
    }
    await showAll()
    // The seed wrote each record in German, then English: one save each, not two rows.
    const parents = await changes.locator('tbody a').evaluateAll((anchors) =>
      anchors.map((a) => /\/collections\/(\w+)\/([^/]+)\/versions\//.exec(a.getAttribute('href') ?? '')?.slice(1, 3).join('/')),
    )
    expect(parents).toHaveLength(20)
    expect(new Set(parents).size).toBe(parents.length)

    const target = linkNetworks[1] as Doc
    const rowsOf = async (): Promise<string[]> => {
      await page.goto(`${server.url}/admin`)
      await showAll()
      return changes.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''))
    }
    const saves = (rows: string[]) => rows.filter((row) => row.includes('Linktest 2')).length
    // Its creation through the API is one save already.
    const before = saves(await rowsOf())
    expect(before).toBe(1)
    await openDocument(page, `${server.url}/admin/collections/networks/${target.id}?locale=de`)
    await page.locator('#field-acronym').fill('LT2')
    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
    await page.getByText(/erfolgreich/i).first().waitFor()
    const afterGerman = await rowsOf()
    expect(afterGerman[0]).toContain('Linktest 2')
    expect(afterGerman[0]).toContain(EDITOR_LOGIN.name)
    expect(saves(afterGerman)).toBe(before + 1)

    await openDocument(page, `${server.url}/admin/collections/networks/${target.id}?locale=en`)
    await page.locator('#field-name').fill('Link test 2')
    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
    await page.getByText(/erfolgreich/i).first().waitFor()
    const afterEnglish = await rowsOf()
    // Two saves, two rows (titled in the admin's language), and the rows before them moved down by one.
    expect(afterEnglish.slice(0, 2).every((row) => row.includes('Linktest 2'))).toBe(true)
    expect(saves(afterEnglish)).toBe(before + 2)
    expect(afterEnglish.slice(2, 8)).toEqual(afterGerman.slice(1, 7))
    await page.close()
  })

  it('previews an unsaved name change in the network card in German and English, without publishing', async () => {
    const eurocities = (await api<{ docs: Doc[] }>('GET', '/networks?where[slug][equals]=eurocities&depth=0&locale=de')).docs[0] as Doc
    const publicName = async (lang: 'de' | 'en') =>
      ((await (await fetch(`${server.url}/public/v1/networks/eurocities?lang=${lang}`)).json()) as { name: string }).name
    const before = { de: await publicName('de'), en: await publicName('en') }

    const page = await session('de-DE', { width: 1366, height: 900 })
    const foreign: string[] = []
    const publicApi: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url())
      if (request.url().includes('/public/v1/')) publicApi.push(request.url())
    })
    const dialog = page.getByTestId('widget-preview')
    const card = dialog.locator('vie-network-card')

    // The admin remembers the content language last chosen, so each visit names it.
    await openDocument(page, `${server.url}/admin/collections/networks/${eurocities.id}?locale=de`)
    await page.locator('#field-name').fill('Eurocities (ungespeichert)')
    await page.getByRole('button', { name: 'Vorschau als Widget' }).click()
    await dialog.getByRole('heading', { name: 'So zeigt eine Partnerseite diesen Datensatz' }).waitFor()
    await card.locator('[part="heading"]').getByText('Eurocities (ungespeichert)').waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'widget-preview-de.png') })
    await dialog.getByRole('button', { name: 'English' }).click()
    // The seeded network has no English name, so the English card shows the unsaved German one,
    // as the public API would once it is published.
    expect(before.en).toBe(before.de)
    await card.locator('[part="heading"]').getByText('Eurocities (ungespeichert)').waitFor()
    expect(await card.getAttribute('lang')).toBe('en')
    await dialog.getByRole('button', { name: 'Schließen' }).click()

    await openDocument(page, `${server.url}/admin/collections/networks/${eurocities.id}?locale=en`)
    await page.locator('#field-name').fill('Eurocities (unsaved)')
    await page.getByRole('button', { name: 'Vorschau als Widget' }).click()
    await dialog.getByRole('button', { name: 'English' }).click()
    await card.locator('[part="heading"]').getByText('Eurocities (unsaved)').waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'widget-preview-en.png') })
    await dialog.getByRole('button', { name: 'Deutsch' }).click()
    await card.locator('[part="heading"]').getByText(before.de, { exact: true }).waitFor()

    expect(foreign).toEqual([])
    expect(publicApi).toEqual([])
    expect({ de: await publicName('de'), en: await publicName('en') }).toEqual(before)
    const stored = await api<{ name: string }>('GET', `/networks/${eurocities.id}?locale=en&draft=true&depth=0`)
    expect(stored.name).not.toBe('Eurocities (unsaved)')
    await page.close()
  })
})
