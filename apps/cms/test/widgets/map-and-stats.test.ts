import type { MunicipalityFeatureCollection, Stats } from '@vie/types'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'

import { widgetHarness } from './harness'
import { axeViolations, openPartnerPage } from './partnerSite'

const hostileCss = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/embed/assets/hostile.css'), 'utf8')

/** Waits until every map and chart element on the page shows its data. */
async function shown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('vie-map, vie-network-stats')].every((el) => {
        const root = el.shadowRoot
        if (root?.querySelector('[part="error"]')) throw new Error(`${el.outerHTML} shows an error`)
        return Boolean(root?.querySelector('[part="count"], [part="figure"]'))
      }),
    undefined,
    { timeout: 20_000, polling: 200 },
  )
}

/** The municipality slugs the map's markers stand for (a cluster stands for several). */
const markerSlugs = (page: Page, selector: string): Promise<string[]> =>
  page
    .locator(selector)
    .evaluate((el) => [...el.shadowRoot!.querySelectorAll('[part="marker"]')].flatMap((m) => (m.getAttribute('data-slugs') ?? '').split(' ')).sort())

describe('<vie-map> and <vie-network-stats> on a partner page, loaded as chunks from the seeded server', () => {
  const h = widgetHarness()

  it('load their own chunks, ask only the VIE server, set no cookies or storage, and mark exactly the municipalities each filter selects', async () => {
    const geo = (await (await fetch(`${h.server.url}/public/v1/municipalities.geojson?lang=de`)).json()) as MunicipalityFeatureCollection
    const located = geo.features.filter((f) => f.geometry)
    expect(located.length).toBeGreaterThan(50)
    const topic = located.find((f) => f.properties.topics.length)?.properties.topics[0] ?? ''
    const cases: { attributes: string; keep: (p: MunicipalityFeatureCollection['features'][number]['properties']) => boolean }[] = [
      { attributes: '', keep: () => true },
      { attributes: 'kind="member"', keep: (p) => p.roles.includes('member') },
      { attributes: 'kind="tandem-partner"', keep: (p) => p.roles.includes('tandem-partner') },
      { attributes: 'kind="event-place"', keep: (p) => p.roles.includes('event-place') },
      { attributes: 'network="eurocities"', keep: (p) => p.networks.includes('eurocities') },
      { attributes: 'tandem="hamm-arezzo"', keep: (p) => p.tandems.includes('hamm-arezzo') },
      { attributes: `topic="${topic}"`, keep: (p) => p.topics.includes(topic) },
    ]
    const markup = cases.map((c, i) => `<vie-map id="map-${i}" ${c.attributes}></vie-map>`).join('') + '<vie-network-stats lang="en"></vie-network-stats>'
    const { page, requests, problems } = await openPartnerPage(h.site, h.context, h.server.url, markup)
    await shown(page)

    const chunks = requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/widgets/v1/chunks/'))
    expect(chunks.some((p) => /^\/widgets\/v1\/chunks\/vie-map\.[\w-]+\.js$/.test(p))).toBe(true)
    expect(chunks.some((p) => /^\/widgets\/v1\/chunks\/vie-network-stats\.[\w-]+\.js$/.test(p))).toBe(true)
    const origins = new Set(requests.map((r) => new URL(r.url()).origin))
    expect([...origins].sort()).toEqual([h.site.origin, h.server.url].sort())
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0])
    // Seven maps in one language share one request.
    expect(requests.filter((r) => r.url().includes('/municipalities.geojson')).map((r) => r.url())).toEqual([
      `${h.server.url}/public/v1/municipalities.geojson?lang=de`,
    ])

    for (const [i, c] of cases.entries()) {
      const expected = located.filter((f) => c.keep(f.properties)).map((f) => f.id).sort()
      expect(expected.length, c.attributes).toBeGreaterThan(0)
      expect(await markerSlugs(page, `#map-${i}`), c.attributes).toEqual(expected)
    }
    expect(problems).toEqual([])
  })

  it('draws the figures of /public/v1/stats, the same in chart and table', async () => {
    const stats = (await (await fetch(`${h.server.url}/public/v1/stats?lang=en`)).json()) as Stats
    const { page } = await openPartnerPage(h.site, h.context, h.server.url, '<vie-network-stats lang="en"></vie-network-stats>')
    await shown(page)
    const read = (chart: string) =>
      page.locator('vie-network-stats').evaluate((el, name) => {
        const figure = el.shadowRoot!.querySelector(`[data-chart="${name}"]`)!
        const drawn = [...figure.querySelectorAll('svg .bar')].map((b) => [b.getAttribute('data-label'), Number(b.getAttribute('data-value'))])
        const tabled = [...figure.querySelectorAll('tbody tr')].map((r) => [r.querySelector('th')?.textContent, Number(r.querySelector('td')?.textContent?.replace(/,/g, ''))])
        return { drawn, tabled }
      }, chart)
    const category = await read('category')
    expect(category.drawn).toEqual(stats.networks.byCategory.map((b) => [b.label, b.count]))
    expect(category.tabled).toEqual(category.drawn)
    const initiative = await read('initiative')
    const initiatives = stats.networks.byFoundingInitiative
    expect(initiative.drawn.filter(([label]) => initiatives.some((i) => i.label === label))).toEqual(initiatives.map((b) => [b.label, b.count]))
    expect(initiative.drawn.length).toBe(initiatives.length + stats.networks.byFoundingSubtype.length)
    expect(initiative.tabled).toEqual(initiative.drawn)
    const founded = await read('founded')
    expect(founded.drawn).toEqual(stats.networks.byFoundedYear.map((b) => [b.value, b.count]))
    const members = await read('members')
    expect(members.drawn).toEqual(stats.networks.byMemberCount.map((b) => [b.label, b.count]))
    expect(members.tabled).toEqual(members.drawn)
  })

  it('works under a strict Content-Security-Policy, and has no axe-core violations in both themes and languages', async () => {
    const markup = `<main><h1>Europa</h1>${['de', 'en']
      .flatMap((lang) =>
        ['light', 'dark'].map(
          (theme) =>
            `<section lang="${lang}" aria-label="VIE ${lang} ${theme}"><vie-map theme="${theme}" kind="member"></vie-map><vie-network-stats theme="${theme}"></vie-network-stats></section>`,
        ),
      )
      .join('')}</main>`
    const policy = `default-src 'none'; script-src ${h.server.url}; style-src 'self'; connect-src ${h.server.url}; img-src 'self'`
    const strict = await openPartnerPage(h.site, h.context, h.server.url, markup, { headers: { 'Content-Security-Policy': policy } })
    await shown(strict.page)
    expect(strict.problems).toEqual([])

    const { page } = await openPartnerPage(h.site, h.context, h.server.url, markup)
    await shown(page)
    const violations = await axeViolations(page)
    expect(violations).toEqual([])
  })

  it('looks pixel-identical under a hostile stylesheet, in the light and the dark theme', async () => {
    for (const theme of ['light', 'dark']) {
      const shoot = async (css?: string) => {
        const ctx = await h.browser.newContext()
        try {
          const markup = `<div><vie-map lang="en" theme="${theme}" style="position: absolute; left: 200px; top: 240px; width: 640px"></vie-map></div>`
          const { page } = await openPartnerPage(h.site, ctx, h.server.url, markup, css ? { css } : {})
          await shown(page)
          return await page.locator('vie-map').screenshot({ animations: 'disabled' })
        } finally {
          await ctx.close()
        }
      }
      const clean = await shoot()
      const hostile = await shoot(`${hostileCss}\n* { padding: 9px; border: 2px solid red; font-size: 30px; color: lime } svg, path, g { fill: red !important; display: none !important }`)
      expect(hostile.equals(clean), theme).toBe(true)
    }
  })
})
