import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createEditor, editorPage, SCREENSHOTS } from '../editorial/editorSession'
import { type LinkServer, startLinkServer } from '../editorial/linkServer'

/**
 * The link check from the dashboard button to the record's sidebar, against a local web server
 * only (the register is not seeded, so no real partner site is ever asked).
 */
describe('an editor runs the link check from the dashboard', () => {
  let server: BootedServer
  let links: LinkServer
  let browser: Browser
  let page: Page
  let networkId: string

  beforeAll(async () => {
    links = await startLinkServer()
    server = await bootServer()
    const token = await createEditor(server.url)
    const municipality = await fetch(`${server.url}/api/municipalities`, {
      method: 'POST',
      headers: authHeaders(token),
      body: JSON.stringify({ name: 'Linkstadt', kind: 'municipality', country: 'DE', website: `${links.url}/moved` }),
    })
    expect(municipality.status).toBe(201)
    const network = await fetch(`${server.url}/api/networks`, {
      method: 'POST',
      headers: authHeaders(token),
      body: JSON.stringify({
        name: 'Linknetz',
        category: 'eu-thematic',
        foundingInitiative: 'bottom-up',
        websites: [{ url: `${links.url}/ok` }, { url: `${links.url}/missing` }],
        _status: 'published',
      }),
    })
    expect(network.status).toBe(201)
    networkId = ((await network.json()) as { doc: { id: string } }).doc.id
    browser = await launchChromium()
    ;({ page } = await editorPage(browser, server.url, 'en-GB'))
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await links?.close()
  })

  it('flags the 404 on the dashboard after "Check links now"', async () => {
    await page.goto(`${server.url}/admin`)
    const section = page.getByTestId('broken-links')
    await section.getByText('The link check has not run yet.').waitFor()
    await section.getByRole('button', { name: 'Check links now' }).click()
    await page.getByText('Link check finished.').first().waitFor()
    const record = section.getByTestId('broken-record')
    await record.first().waitFor()
    expect(await record.count()).toBe(1)
    // The record's heading row, then its one broken link.
    expect(await record.locator('tr').count()).toBe(2)
    const text = await record.textContent()
    expect(text).toContain('Linknetz')
    expect(text).toContain(`${links.url}/missing`)
    expect(text).toContain('HTTP 404')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-en-broken-links.png'), fullPage: true })
  })

  it('shows the broken link on the network and the recorded redirect on the municipality', async () => {
    await page.getByTestId('broken-links').getByRole('link', { name: 'Linknetz' }).click()
    await page.waitForURL(new RegExp(`/admin/collections/networks/${networkId}`))
    await page.getByText('1 broken link:').waitFor()
    await page.getByText(/\/missing.*HTTP 404/).waitFor()

    await page.goto(`${server.url}/admin/collections/municipalities`)
    await page.getByRole('link', { name: 'Linkstadt' }).click()
    await page.getByText('All links reachable.').waitFor()
    await page.getByText(`${links.url}/moved → Redirected to ${links.url}/ok`).waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'municipality-link-check-en.png') })
  })
})
