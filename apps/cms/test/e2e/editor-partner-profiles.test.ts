import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders } from '../helpers/api'
import { launchChromium, openDocument, openEmbedBuilder } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createEditor, editorPage } from '../editorial/editorSession'

type Municipality = { id: number; slug: string; name: string }

/**
 * Partnership profiles in the admin: the suggested partners on a municipality's edit view (German
 * interface, English content), the dashboard's list of profiles older than the review interval,
 * and the partner finder in the embed builder.
 */
describe('the editor works with partnership profiles', () => {
  let server: BootedServer
  let browser: Browser
  let token: string

  const municipality = async (slug: string): Promise<Municipality> => {
    const res = await fetch(`${server.url}/api/municipalities?where[slug][equals]=${slug}&depth=0`, { headers: authHeaders(token) })
    return ((await res.json()) as { docs: Municipality[] }).docs[0]!
  }

  beforeAll(async () => {
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true', REVIEW_INTERVAL_MONTHS: '12' } })
    token = await createEditor(server.url)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows suggested partners with reasons on Arezzo, German interface over English content', async () => {
    const { context, page } = await editorPage(browser, server.url, 'de-DE')
    const arezzo = await municipality('arezzo')
    await openDocument(page, `${server.url}/admin/collections/municipalities/${arezzo.id}?locale=en`)
    const panel = page.locator('section[aria-labelledby="suggested-partners-title"]')
    await panel.getByRole('heading', { name: 'Vorgeschlagene Partner' }).waitFor({ timeout: 30_000 })
    await panel.locator('ol > li').first().waitFor()
    const entries = await panel.locator('ol > li').evaluateAll((items) => items.map((li) => li.textContent ?? ''))
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.some((text) => text.startsWith('Hamm'))).toBe(false)
    const pirna = entries.find((text) => text.startsWith('Pirna'))
    expect(pirna).toContain('bietet Digitale Verwaltung, was Sie suchen')
    expect(pirna).toContain('Punktzahl')
    // The same list as the public API gives in German.
    const api = (await (await fetch(`${server.url}/public/v1/partners?municipality=arezzo&lang=de&limit=10`)).json()) as { municipalities: { name: string }[] }
    expect(entries.map((text) => text.split(' (')[0])).toEqual(api.municipalities.map((m) => m.name))
    await context.close()
  })

  it('lists profiles older than the review interval on the dashboard, oldest first, until one is brought up to date', async () => {
    const { context, page } = await editorPage(browser, server.url, 'de-DE')
    const section = page.getByTestId('stale-profiles')
    await section.getByRole('heading', { name: 'Partnerschaftsprofile veraltet' }).waitFor()
    // The seed's 15 profiles of the tandem report are of September 2024.
    expect(await section.locator('caption').textContent()).toMatch(/^15 Kommunen, deren Partnerschaftsprofil älter als 12 Monate ist/)
    expect(await section.locator('tbody tr').count()).toBe(3)
    expect(await section.locator('tbody tr').first().textContent()).toContain('16. Sept. 2024')
    await section.getByRole('button', { name: 'Mehr anzeigen' }).click()
    const names = await section.locator('tbody th a').allTextContents()
    expect(names).toContain('Arezzo')
    const arezzo = await municipality('arezzo')
    const updated = await fetch(`${server.url}/api/municipalities/${arezzo.id}`, {
      method: 'PATCH',
      headers: authHeaders(token),
      body: JSON.stringify({ partnership: { asOf: new Date().toISOString() } }),
    })
    expect(updated.status).toBe(200)
    await page.reload()
    await section.locator('caption').waitFor()
    expect(await section.locator('caption').textContent()).toMatch(/^14 Kommunen/)
    await section.getByRole('button', { name: 'Mehr anzeigen' }).click()
    expect(await section.locator('tbody th a').allTextContents()).not.toContain('Arezzo')
    await context.close()

    const english = await editorPage(browser, server.url, 'en-GB')
    const sectionEn = english.page.getByTestId('stale-profiles')
    await sectionEn.getByRole('heading', { name: 'Partnership profiles out of date' }).waitFor()
    expect(await sectionEn.locator('caption').textContent()).toMatch(/^14 municipalities whose partnership profile is older than 12 months/)
    await english.context.close()
  })

  it('offers the partner finder in the embed builder, with a working preview', async () => {
    const { context, page } = await editorPage(browser, server.url, 'de-DE')
    await openEmbedBuilder(page, server.url)
    await page.getByLabel('Element').selectOption('vie-partner-finder')
    await page.locator('input[name="limit"]').fill('3')
    await expect.poll(() => page.getByTestId('embed-snippet').textContent()).toContain('<vie-partner-finder limit="3" lang="de"')
    await page.locator('vie-partner-finder input[name="seeks"]').first().waitFor({ timeout: 20_000 })
    expect(await page.locator('vie-partner-finder legend').first().textContent()).toBe('Wer sind Sie?')
    await context.close()
  })
})
