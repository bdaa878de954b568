import { describe, expect, it } from 'vitest'

import { widgetHarness } from './harness'
import { allLoaded, axeViolations, openPartnerPage, shadowText } from './partnerSite'

const ALL_ELEMENTS = ['de', 'en']
  .flatMap((lang) =>
    ['light', 'dark'].map(
      (theme) => `<section lang="${lang}">
        <vie-network-card slug="eurocities" theme="${theme}" id="card-${lang}-${theme}"></vie-network-card>
        <vie-tandem-card slug="hamm-arezzo" theme="${theme}" id="tandem-${lang}-${theme}"></vie-tandem-card>
        <vie-event-list when="past" limit="5" theme="${theme}" id="events-${lang}-${theme}"></vie-event-list>
        <vie-network-list scope="european" limit="5" theme="${theme}" id="list-${lang}-${theme}"></vie-network-list>
      </section>`,
    ),
  )
  .join('')

describe('widgets embedded in a partner page, against the seeded API', () => {
  const h = widgetHarness()

  it('renders every element in German and English, light and dark, from the seeded data', async () => {
    const { page, problems } = await openPartnerPage(h.site, h.context, h.server.url, ALL_ELEMENTS)
    await allLoaded(page)
    const cardDe = await shadowText(page, '#card-de-light')
    expect(cardDe).toContain('Eurocities')
    expect(cardDe).toContain('Gegründet')
    expect(cardDe).toContain('Stand:')
    const cardEn = await shadowText(page, '#card-en-dark')
    expect(cardEn).toContain('Founded')
    expect(cardEn).toContain('Information as of')
    const tandem = await shadowText(page, '#tandem-en-light')
    expect(tandem).toMatch(/Hamm.*Germany.*Arezzo.*Italy/)
    expect(tandem).toContain('Key results')
    expect(await shadowText(page, '#tandem-de-dark')).toContain('Zentrale Ergebnisse')
    expect(await shadowText(page, '#events-de-light')).toContain('Veranstaltungen')
    expect(await page.locator('#events-en-light').evaluate((el) => el.shadowRoot!.querySelectorAll('[part~="event"]').length)).toBe(5)
    expect(await shadowText(page, '#events-en-light')).toContain('5 of 9 events')
    const links = await page.locator('#events-de-light').evaluate((el) => ({
      event: el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="calendar"]')!.href,
      feeds: [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="feeds"] a')].map((a) => a.href),
    }))
    expect(links.feeds[0]).toMatch(/^webcal:\/\//)
    for (const url of [links.event, links.feeds[1]!]) {
      const ics = await fetch(url)
      expect(ics.status, url).toBe(200)
      expect(ics.headers.get('content-type'), url).toMatch(/text\/calendar/)
      expect(await ics.text(), url).toContain('BEGIN:VEVENT')
    }
    expect(await shadowText(page, '#list-en-dark')).toMatch(/\d+ networks/)
    const backgrounds = await page.evaluate(() =>
      ['#card-de-light', '#card-de-dark'].map((id) => getComputedStyle(document.querySelector(id)!.shadowRoot!.querySelector('.base')!).backgroundColor),
    )
    expect(backgrounds[0]).not.toBe(backgrounds[1])
    expect(problems).toEqual([])
  })

  it('makes exactly one request per distinct query, to the VIE server only, without cookies or storage', async () => {
    await h.context.addCookies([{ name: 'session', value: 'partner-visitor', url: h.server.url }])
    const { page, requests } = await openPartnerPage(h.site, h.context, h.server.url, ALL_ELEMENTS + ALL_ELEMENTS.replaceAll('id="', 'id="copy-'))
    await allLoaded(page)
    const api = requests.filter((r) => r.url().includes('/public/v1/'))
    const urls = api.map((r) => r.url())
    expect(urls.length).toBe(new Set(urls).size)
    expect(urls.length).toBe(4 * 2)
    for (const request of api) expect(await request.headerValue('cookie'), request.url()).toBeNull()
    const origins = new Set(requests.map((r) => new URL(r.url()).origin))
    expect([...origins].sort()).toEqual([h.site.origin, h.server.url].sort())
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0])
    const cookies = await h.context.cookies()
    expect(cookies.map((c) => c.name)).toEqual(['session'])
  })

  it('has no axe-core violations (WCAG 2.1 A and AA) in both themes', async () => {
    const { page } = await openPartnerPage(h.site, h.context, h.server.url, `<main><h1>Europa</h1>${ALL_ELEMENTS.replaceAll('<section', '<section aria-label="VIE"').replaceAll('limit="5"', 'limit="5" controls')}</main>`)
    await allLoaded(page)
    const violations = await axeViolations(page)
    expect(violations).toEqual([])
  })

  it('is operable with the keyboard alone: search, filter, load more, upcoming/past', async () => {
    const { page } = await openPartnerPage(
      h.site,
      h.context,
      h.server.url,
      `<a href="#" id="start">Start</a><vie-network-list controls limit="5" lang="en" id="list"></vie-network-list>
       <vie-event-list lang="en" id="events"></vie-event-list>`,
    )
    await allLoaded(page)
    const count = () => page.locator('#list').evaluate((el) => el.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim())
    const focused = () => page.evaluate(() => document.querySelector('#list')!.shadowRoot!.activeElement?.getAttribute('name') ?? null)
    await page.focus('#start')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('q')
    await page.keyboard.type('eurocities')
    await page.keyboard.press('Enter')
    await expect.poll(count).toBe('1 network')
    expect(await shadowText(page, '#list')).toContain('Eurocities')

    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('category')
    await page.keyboard.press('ArrowDown')
    await expect.poll(count).toBe('0 networks')
    expect(await shadowText(page, '#list')).toContain('No networks found.')
    expect(await focused()).toBe('category')

    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.querySelector('#list')!.shadowRoot!.activeElement?.textContent?.trim())).toBe('Reset')
    await page.keyboard.press('Enter')
    await expect.poll(async () => Number.parseInt((await count()) ?? '', 10)).toBeGreaterThan(5)
    const total = Number.parseInt((await count()) ?? '', 10)

    await page.locator('#list').evaluate((el) => (el.shadowRoot!.querySelector('[part~="more"]') as HTMLElement).focus())
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#list').evaluate((el) => el.shadowRoot!.querySelectorAll('[part~="card"]').length)).toBe(Math.min(10, total))
    expect(await page.evaluate(() => document.querySelector('#list')!.shadowRoot!.activeElement?.tagName)).toBe('LI')

    await page.locator('#events').evaluate((el) => (el.shadowRoot!.querySelector('[part="toggle"] button') as HTMLElement).focus())
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#events').evaluate((el) => el.shadowRoot!.querySelector('[aria-pressed="true"]')?.textContent?.trim())).toBe('Past')
    await expect.poll(() => page.locator('#events').evaluate((el) => el.shadowRoot!.querySelectorAll('[part~="event"]').length)).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.querySelector('#events')!.shadowRoot!.activeElement?.textContent?.trim())).toBe('Past')
  })
})
