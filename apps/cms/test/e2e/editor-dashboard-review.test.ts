import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders } from '../helpers/api'
import { documentReady, launchChromium } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createEditor, EDITOR_LOGIN, editorPage, SCREENSHOTS } from '../editorial/editorSession'

type Doc = { id: string; title?: string; name?: string; acronym?: string | null }

/**
 * The editor's start page on the seeded register: the review queue empties as records are marked
 * reviewed (one in its edit view, the rest in bulk from the lists), and every versioned
 * collection's latest change opens its comparison, from which an older version is restored.
 */
describe('the editor dashboard on the seeded register', () => {
  let server: BootedServer
  let browser: Browser
  let page: Page
  let token: string
  let eurocities: Doc
  let upcoming: Doc

  const api = async (method: 'GET' | 'POST' | 'PATCH', pathAndQuery: string, body?: unknown) => {
    const res = await fetch(`${server.url}/api${pathAndQuery}`, {
      method,
      headers: authHeaders(token),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(res.status, `${method} ${pathAndQuery}`).toBe(method === 'POST' ? 201 : 200)
    return (await res.json()) as { doc?: Doc; docs?: Doc[]; totalDocs?: number } & Doc
  }
  const queue = () => page.getByTestId('review-queue')
  const dueCount = async (): Promise<number> => {
    const caption = await queue().locator('caption').textContent()
    return Number(/^(\d+)/.exec(caption ?? '')?.[1])
  }

  beforeAll(async () => {
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true' } })
    token = await createEditor(server.url)
    eurocities = (await api('GET', '/networks?where[slug][equals]=eurocities&depth=0')).docs?.[0] as Doc
    const inTenDays = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString()
    const topic = (await api('GET', '/topics?limit=1&depth=0')).docs?.[0] as Doc
    upcoming = (
      await api('POST', '/events', {
        title: 'Netzwerktreffen Dashboard-Test',
        kind: 'workshop',
        status: 'scheduled',
        start: inTenDays,
        city: 'Bonn',
        topics: [topic.id],
        _status: 'published',
      })
    ).doc as Doc
    browser = await launchChromium()
    ;({ page } = await editorPage(browser, server.url, 'en-GB'))
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lists every record due for review, the upcoming event and the editor’s latest change', async () => {
    await page.goto(`${server.url}/admin`)
    await page.getByRole('heading', { name: 'Editorial overview' }).waitFor()
    // 34 networks, 7 tandems and 84 municipalities, none reviewed yet.
    expect(await dueCount()).toBe(125)
    // Never reviewed and without an information date: the oldest, so the list starts with them.
    await expect(queue().locator('tbody tr').first().textContent()).resolves.toMatch(/never/)
    await page.getByRole('link', { name: 'Netzwerktreffen Dashboard-Test', exact: true }).waitFor()
    const latest = page.getByTestId('recent-changes').locator('tbody tr').first()
    await expect(latest.textContent()).resolves.toContain('Netzwerktreffen Dashboard-Test')
    await expect(latest.textContent()).resolves.toContain(EDITOR_LOGIN.name)
  })

  it('renders the dashboard in German and English, light and dark (screenshots)', async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    for (const [locale, scheme, heading] of [
      ['de-DE', 'light', 'Redaktionsübersicht'],
      ['en-GB', 'light', 'Editorial overview'],
      ['en-GB', 'dark', 'Editorial overview'],
    ] as const) {
      const session = await editorPage(browser, server.url, locale, scheme)
      await session.page.getByRole('heading', { name: heading }).waitFor()
      await session.page.screenshot({ path: path.join(SCREENSHOTS, `dashboard-${locale.slice(0, 2)}-${scheme}.png`), fullPage: true })
      await session.context.close()
    }
  })

  it('drops a record from the queue once it is marked as reviewed in its edit view', async () => {
    await page.goto(`${server.url}/admin`)
    const first = queue().locator('tbody tr').first()
    const title = ((await first.locator('th').textContent()) ?? '').trim()
    await first.getByRole('link', { name: `Open: ${title}`, exact: true }).click()
    await documentReady(page)
    await page.getByRole('button', { name: 'Mark as reviewed' }).click()
    await page.getByText('Marked as reviewed.').first().waitFor()
    await page.goto(`${server.url}/admin`)
    expect(await dueCount()).toBe(124)
    expect(await queue().getByRole('link', { name: `Open: ${title}`, exact: true }).count()).toBe(0)
  })

  it('empties the queue with the bulk action on each list', async () => {
    for (const collection of ['networks', 'tandems', 'municipalities']) {
      await page.goto(`${server.url}/admin/collections/${collection}?limit=100`)
      // Payload's select-all box has no accessible name of its own (its aria-label is emptied).
      await page.locator('.select-all input[type="checkbox"]').click()
      await page.getByRole('button', { name: /^Mark \d+ selected as reviewed$/ }).click()
      await page.getByText(/entries marked as reviewed/).first().waitFor()
    }
    await page.goto(`${server.url}/admin`)
    await page.getByText('All reviewed: no record is older than 12 months.').waitFor()
  })

  it('opens the comparison of each versioned collection’s latest change and restores the version before', async () => {
    const tandem = (await api('GET', '/tandems?limit=1&depth=0&sort=slug')).docs?.[0] as Doc
    const changes = [
      { collection: 'networks', id: eurocities.id, field: 'acronym', before: eurocities.acronym ?? null, title: 'Eurocities' },
      { collection: 'tandems', id: tandem.id, field: 'title', before: tandem.title ?? null, title: 'Tandem im Audit-Test' },
      { collection: 'events', id: upcoming.id, field: 'title', before: upcoming.title ?? null, title: 'Treffen im Audit-Test' },
    ]
    for (const change of changes) {
      const value = change.field === 'acronym' ? 'AUDIT' : change.title
      await api('PATCH', `/${change.collection}/${change.id}?locale=de`, { [change.field]: value, _status: 'published' })

      await page.goto(`${server.url}/admin`)
      const row = page.getByTestId('recent-changes').locator('tbody tr').first()
      await expect(row.textContent()).resolves.toContain(change.title)
      await expect(row.textContent()).resolves.toContain(EDITOR_LOGIN.name)
      await row.getByRole('link', { name: /^Open comparison/ }).click()
      await page.waitForURL(new RegExp(`/admin/collections/${change.collection}/${change.id}/versions/[^/]+$`))
      // Both sides of the change: the old value shows nowhere else on the page.
      await page.getByText(value, { exact: true }).first().waitFor()
      if (change.before) await page.getByText(change.before, { exact: true }).first().waitFor()

      await page.goto(`${server.url}/admin/collections/${change.collection}/${change.id}/versions`)
      const versionLinks = page.locator('table tbody tr td:first-child a')
      await versionLinks.nth(1).click()
      await page.getByRole('button', { name: 'Restore as draft' }).first().click()
      await page.getByRole('button', { name: 'Confirm' }).click()
      await page.waitForURL((url) => !url.pathname.includes('/versions'))
      await expect
        .poll(async () => (await api('GET', `/${change.collection}/${change.id}?locale=de&depth=0&draft=true`))[change.field as 'title'] ?? null)
        .toBe(change.before)
    }
  })
})
