import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'

import { widgetHarness } from './harness'
import { axeViolations, openPartnerPage, shadowText } from './partnerSite'

const FINDER = '#finder'

/** Waits for the finder's topics: its chunk loaded and it talked to the API. */
const finderReady = (page: Page) => page.locator(`${FINDER} input[name="seeks"]`).first().waitFor({ timeout: 20_000 })

/** Types a name into "who are you?" and picks the option `name` with the arrow keys and Enter. */
async function chooseWho(page: Page, text: string, name: string): Promise<void> {
  const input = page.locator(`${FINDER} #who`)
  await input.focus()
  await page.keyboard.type(text)
  await page.locator(`${FINDER} [role="option"]`, { hasText: name }).first().waitFor()
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowDown')
    const active = await input.getAttribute('aria-activedescendant')
    if (active && ((await page.locator(`${FINDER} #${active}`).textContent()) ?? '').includes(name)) break
  }
  await page.keyboard.press('Enter')
  expect(await input.inputValue()).toBe(name)
}

/** Submits with the keyboard and waits until the results heading has the focus. */
async function ask(page: Page, heading: string): Promise<void> {
  await page.locator(`${FINDER} button[type="submit"]`).focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    (text) => document.querySelector('#finder')?.shadowRoot?.activeElement?.textContent?.includes(text),
    heading,
    { timeout: 20_000 },
  )
}

const suggestions = (page: Page, list: string) =>
  page.locator(FINDER).evaluate(
    (el, part) =>
      [...el.shadowRoot!.querySelectorAll(`[part~="${part}"] [part~="suggestion"]`)].map((s) => ({
        name: s.querySelector('a')?.textContent?.trim() ?? '',
        href: s.querySelector('a')?.href ?? '',
        reasons: [...s.querySelectorAll('[part="reasons"] li')].map((li) => li.textContent?.trim() ?? ''),
      })),
    list,
  )

describe('<vie-partner-finder> on a partner page of another origin, against the seeded API', () => {
  const h = widgetHarness()

  it('loads its own chunk and suggests partners for Arezzo, in English', async () => {
    const { page, requests, problems } = await openPartnerPage(h.site, h.context, h.server.url, `<main><h1>Partners</h1><vie-partner-finder id="finder" lang="en" limit="10"></vie-partner-finder></main>`)
    await finderReady(page)
    const chunk = requests.find((r) => /\/widgets\/v1\/chunks\/vie-partner-finder\.[\w-]+\.js$/.test(r.url()))
    expect(chunk?.url().startsWith(h.server.url)).toBe(true)
    expect((await chunk!.response())?.status()).toBe(200)
    await chooseWho(page, 'Arez', 'Arezzo')
    await ask(page, 'Suggestions for Arezzo')
    const municipalities = await suggestions(page, 'municipalities')
    expect(municipalities.length).toBeGreaterThan(0)
    expect(municipalities.map((m) => m.name)).not.toContain('Hamm')
    const pirna = municipalities.find((m) => m.name === 'Pirna')
    expect(pirna?.reasons).toContain('offers Digital administration, which you seek')
    expect(pirna?.href).toBe(`${h.server.url}/public/v1/municipalities/pirna?lang=en`)
    expect((await (await fetch(pirna!.href)).json()) as { name: string }).toEqual(expect.objectContaining({ name: 'Pirna' }))
    expect((await suggestions(page, 'networks')).length).toBeGreaterThan(0)
    expect(await shadowText(page, FINDER)).toMatch(/\d+ municipalit(y|ies), \d+ networks?, \d+ tandems? suggested\./)
    // Every request went to the VIE server, none carried or set a cookie, nothing was stored.
    const foreign = requests.map((r) => new URL(r.url()).origin).filter((origin) => origin !== h.server.url && origin !== h.site.origin)
    expect(foreign).toEqual([])
    expect(await h.context.cookies()).toEqual([])
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
    expect(problems).toEqual([])
  })

  it('suggests partners for a German town that is only in the gazetteer, in German, axe-core clean light and dark', async () => {
    const { page, problems } = await openPartnerPage(
      h.site,
      h.context,
      h.server.url,
      `<main><h1>Partnersuche</h1><vie-partner-finder id="finder"></vie-partner-finder><vie-partner-finder id="dark" theme="dark" lang="de"></vie-partner-finder></main>`,
    )
    await finderReady(page)
    await chooseWho(page, 'Wittenb', 'Wittenberge')
    expect(await page.locator(`${FINDER} input[name="population"]`).inputValue()).toBe('20171')
    expect(await page.locator(`${FINDER} input[name="languages"]:checked`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['de', 'en'])
    await page.locator(`${FINDER} input[name="seeks"][value="digital-twins"]`).check()
    await page.locator(`${FINDER} input[name="offers"][value="mobility"]`).check()
    await ask(page, 'Vorschläge für Wittenberge')
    const municipalities = await suggestions(page, 'municipalities')
    expect(municipalities.slice(0, 3).map((m) => m.name)).toEqual(expect.arrayContaining(['München']))
    expect(municipalities.find((m) => m.name === 'München')?.reasons).toContain('bietet Digitale Zwillinge, was Sie suchen')
    expect(await shadowText(page, FINDER)).toMatch(/\d+ Kommunen?, \d+ Netzwerke?, \d+ Tandems? vorgeschlagen\./)
    await page.locator('#dark input[name="seeks"]').first().waitFor()
    const violations = await axeViolations(page)
    expect(violations).toEqual([])
    expect(problems).toEqual([])
  })

  it('is in the custom-elements manifest with its attributes, on /embed and in its snippet builder', async () => {
    const manifest = (await (await fetch(`${h.server.url}/widgets/v1/custom-elements.json`)).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string; description?: string }[] }[] }[]
    }
    const finder = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'vie-partner-finder')
    expect(finder?.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['limit', 'heading-level', 'lang', 'theme', 'api']))
    expect(finder?.attributes?.find((a) => a.name === 'limit')?.description).toMatch(/1–50/)
    const demo = await (await fetch(`${h.server.url}/embed?lang=en`)).text()
    expect(demo).toContain('<h2 id="finder-title">Partner finder</h2>')
    expect(demo).toMatch(/<vie-partner-finder limit="3" lang="de"/)
    expect(demo).toContain('<option value="vie-partner-finder">&lt;vie-partner-finder&gt;</option>')
    const built = await (await fetch(`${h.server.url}/embed?lang=en&element=vie-partner-finder&attr-limit=4`)).text()
    expect(built).toContain('&lt;vie-partner-finder limit=&quot;4&quot;&gt;&lt;/vie-partner-finder&gt;')
    expect(built).toContain('/embed/frame/vie-partner-finder?limit=4')
  })
})
