import type { GazetteerResult } from '@vie/types'
import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders } from '../helpers/api'
import { launchChromium, openDocument } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createEditor, editorPage } from '../editorial/editorSession'

/** The municipality form offers the gazetteer's coordinates and population for the typed name; the editor confirms. */
describe('the editor takes a new municipality’s location and population from the gazetteer', () => {
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

  it('suggests places for the typed name and fills the form only when the editor takes one, saving nothing by itself', async () => {
    const expected = ((await (await fetch(`${server.url}/public/v1/gazetteer?q=Gelsenkirchen`)).json()) as GazetteerResult).places[0]!
    expect(expected.country).toBe('DE')
    const stored = async () => {
      const res = await fetch(`${server.url}/api/municipalities?where[name][equals]=Gelsenkirchen&depth=0`, { headers: authHeaders(token) })
      return ((await res.json()) as { totalDocs: number }).totalDocs
    }
    const before = await stored()
    const { context, page } = await editorPage(browser, server.url, 'de-DE')
    try {
      await openDocument(page, `${server.url}/admin/collections/municipalities/create`)
      await page.locator('input[name="name"]').fill('Gelsenkirchen')
      const suggestion = page.getByTestId('gazetteer-suggestion')
      await suggestion.getByRole('heading', { name: 'Vorschläge aus dem Ortsverzeichnis' }).waitFor()
      await expect(page.locator('input[name="location.lat"]').inputValue()).resolves.toBe('')
      await suggestion.getByRole('button', { name: `Übernehmen: ${expected.name} (DE)` }).click()
      await suggestion.getByRole('status').getByText(`Lage und Einwohnerzahl von ${expected.name} übernommen.`).waitFor()
      expect(Number(await page.locator('input[name="location.lat"]').inputValue())).toBe(expected.lat)
      expect(Number(await page.locator('input[name="location.lng"]').inputValue())).toBe(expected.lng)
      expect(Number(await page.locator('input[name="population"]').inputValue())).toBe(expected.population)
      expect(await stored()).toBe(before)
    } finally {
      await context.close()
    }
  })

  it('says so in English when the gazetteer knows no such place', async () => {
    const { context, page } = await editorPage(browser, server.url, 'en-GB')
    try {
      await openDocument(page, `${server.url}/admin/collections/municipalities/create`)
      await page.locator('input[name="name"]').fill('Qqxyzzy')
      await page.getByTestId('gazetteer-suggestion').getByText('No matching place in the gazetteer.').waitFor()
    } finally {
      await context.close()
    }
  })
})
