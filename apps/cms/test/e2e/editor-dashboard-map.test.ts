import type { MunicipalityFeatureCollection } from '@vie/types'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders } from '../helpers/api'
import { launchChromium } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createEditor, editorPage, SCREENSHOTS } from '../editorial/editorSession'

/** The dashboard's map of the register and its list of municipalities the map cannot place. */
describe('the editor sees the register on a map and what is missing from it', () => {
  let server: BootedServer
  let browser: Browser
  let token: string

  beforeAll(async () => {
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true' } })
    token = await createEditor(server.url)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lists a municipality whose coordinates were removed, and the map marks every one that has them', async () => {
    const found = await fetch(`${server.url}/api/municipalities?where[slug][equals]=hamm&depth=0`, { headers: authHeaders(token) })
    const hamm = ((await found.json()) as { docs: { id: string }[] }).docs[0]!
    const cleared = await fetch(`${server.url}/api/municipalities/${hamm.id}`, {
      method: 'PATCH',
      headers: authHeaders(token),
      body: JSON.stringify({ location: { lat: null, lng: null } }),
    })
    expect(cleared.status).toBe(200)

    const { context, page } = await editorPage(browser, server.url, 'de-DE')
    try {
      const section = page.getByTestId('dashboard-map')
      await section.getByRole('heading', { name: 'Kommunen ohne Koordinaten' }).waitFor()
      const row = section.getByRole('row', { name: /^Hamm DE$/ })
      await row.waitFor()
      expect(await row.getByRole('link', { name: 'Hamm' }).getAttribute('href')).toBe(`/admin/collections/municipalities/${hamm.id}`)
      await expect(section.locator('caption').textContent()).resolves.toMatch(/^1 Kommune fehlt/)

      const locatedInApi = async () =>
        ((await (await fetch(`${server.url}/public/v1/municipalities.geojson?lang=de`)).json()) as MunicipalityFeatureCollection).features
          .filter((f) => f.geometry)
          .map((f) => f.id)
          .sort()
      // The public API answers from a read model rebuilt just after the write.
      await expect.poll(locatedInApi).not.toContain('hamm')
      const located = await locatedInApi()
      await section.getByText(/^Karte der veröffentlichten Kommunen zeigen/).click()
      const map = section.locator('vie-map')
      await page.waitForFunction(() => document.querySelector('vie-map')?.shadowRoot?.querySelector('[part="marker"]'), undefined, { timeout: 20_000 })
      const marked = await map.evaluate((el) =>
        [...el.shadowRoot!.querySelectorAll('[part="marker"]')].flatMap((m) => (m.getAttribute('data-slugs') ?? '').split(' ')).sort(),
      )
      expect(marked).toEqual(located)
      fs.mkdirSync(SCREENSHOTS, { recursive: true })
      await section.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-map-de.png') })
    } finally {
      await context.close()
    }
  })
})
