import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { authHeaders, login } from '../helpers/api'
import { widgetHarness } from './harness'
import { allLoaded, openPartnerPage, shadowText } from './partnerSite'

const hostileCss = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/embed/assets/hostile.css'), 'utf8')

describe('widget isolation, security and delivery, against the seeded API', () => {
  const h = widgetHarness()

  it('looks pixel-identical on a page with a hostile stylesheet', async () => {
    const shoot = async (css?: string) => {
      const ctx = await h.browser.newContext()
      try {
        // Pinned to whole pixels and clear of the page’s own borders, which show through the rounded corners.
        const markup = '<div><vie-network-card slug="eurocities" lang="en" style="position: absolute; left: 200px; top: 240px; width: 560px"></vie-network-card></div>'
        const { page } = await openPartnerPage(h.site, ctx, h.server.url, markup, css ? { css } : {})
        await allLoaded(page)
        return await page.locator('vie-network-card').screenshot({ animations: 'disabled' })
      } finally {
        await ctx.close()
      }
    }
    const clean = await shoot()
    const hostile = await shoot(`${hostileCss}\n* { padding: 9px; border: 2px solid red; font-size: 30px; color: lime; font-weight: 900 } div { margin: 2em }`)
    expect(hostile.equals(clean)).toBe(true)
  })

  it('works under a strict Content-Security-Policy without inline scripts, inline styles or eval', async () => {
    const policy = `default-src 'none'; script-src ${h.server.url}; style-src 'self'; connect-src ${h.server.url}; img-src 'self'`
    const { page, problems } = await openPartnerPage(
      h.site,
      h.context,
      h.server.url,
      '<vie-network-card slug="eurocities"></vie-network-card><vie-event-list when="past" limit="3"></vie-event-list>',
      { headers: { 'Content-Security-Policy': policy } },
    )
    await allLoaded(page)
    expect(await shadowText(page, 'vie-network-card')).toContain('Eurocities')
    expect(problems).toEqual([])
  })

  it('serves the /embed demo under its own strict policy with every element showing data', async () => {
    const page = await h.context.newPage()
    const problems: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    page.on('pageerror', (e) => problems.push(e.message))
    const res = await page.goto(`${h.server.url}/embed?lang=en`)
    const csp = res?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe')
    await allLoaded(page)
    expect(await page.locator('vie-network-card').count()).toBeGreaterThanOrEqual(2)
    expect(problems).toEqual([])
  })

  it('renders hostile record content as inert text', async () => {
    const token = await login(h.server.url, 'admin@vie.test', 'admin-password-123')
    const payload = '<img src=x onerror="window.__xss=1"></script><script>window.__xss=1</script>'
    const created = await fetch(`${h.server.url}/api/networks?locale=de`, {
      method: 'POST',
      headers: authHeaders(token),
      body: JSON.stringify({
        slug: 'xss-probe',
        name: payload,
        acronym: '<b onmouseover=alert(1)>X</b>',
        category: 'eu-thematic',
        foundingInitiative: 'bottom-up',
        runtime: { kind: 'permanent' },
        goals: `javascript:alert(1) ${payload}`,
        _status: 'published',
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    await expect.poll(async () => (await fetch(`${h.server.url}/public/v1/networks/xss-probe`)).status, { timeout: 15_000 }).toBe(200)

    const { page, problems } = await openPartnerPage(
      h.site,
      h.context,
      h.server.url,
      '<vie-network-card slug="xss-probe"></vie-network-card><vie-network-list q="xss-probe" controls></vie-network-list>',
    )
    await allLoaded(page)
    const card = page.locator('vie-network-card')
    expect(await card.evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, b, [onerror], [onmouseover]').length)).toBe(0)
    expect(await shadowText(page, 'vie-network-card')).toContain('<img src=x onerror=')
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
    expect(problems).toEqual([])

    const demo = await (await fetch(`${h.server.url}/embed?element=vie-network-card&attr-slug=${encodeURIComponent('"><script>alert(1)</script>')}`)).text()
    expect(demo).not.toContain('<script>alert(1)')
    expect(demo).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('follows the reader’s settings: reduced motion stops the skeleton, theme="auto" follows a dark system', async () => {
    const settings = async (reducedMotion: 'reduce' | 'no-preference', colorScheme: 'dark' | 'light') => {
      const { page: partner } = await openPartnerPage(
        h.site,
        h.context,
        h.server.url,
        // The second card stays below the fold, so it keeps showing its skeleton.
        '<vie-network-card slug="eurocities" theme="auto" id="auto"></vie-network-card><div style="height: 5000px"></div><vie-network-card slug="urbact" id="far"></vie-network-card>',
      )
      await partner.emulateMedia({ reducedMotion, colorScheme })
      await partner.locator('#auto [part="card"]').waitFor()
      return partner.evaluate(() => ({
        animation: getComputedStyle(document.querySelector('#far')!.shadowRoot!.querySelector('.skeleton span')!).animationName,
        background: getComputedStyle(document.querySelector('#auto')!.shadowRoot!.querySelector('.base')!).backgroundColor,
      }))
    }
    expect(await settings('no-preference', 'light')).toEqual({ animation: 'pulse', background: 'rgb(255, 255, 255)' })
    expect(await settings('reduce', 'dark')).toEqual({ animation: 'none', background: 'rgb(21, 25, 30)' })
  })

  it('shows an error with retry and a data link when the API is down, and recovers on retry', async () => {
    const { page } = await openPartnerPage(
      h.site,
      h.context,
      h.server.url,
      '<vie-network-card slug="eurocities" lang="en" api="http://127.0.0.1:9"><a href="https://example.org/eurocities">Eurocities</a></vie-network-card>',
    )
    const error = page.locator('vie-network-card [part="error"]')
    await expect.poll(() => error.count()).toBe(1)
    expect(await error.textContent()).toContain('The data could not be loaded.')
    expect(await error.locator('a').getAttribute('href')).toBe('http://127.0.0.1:9/public/v1/networks/eurocities?lang=en')
    expect(await page.locator('vie-network-card > a').isVisible()).toBe(true)
    await page.locator('vie-network-card').evaluate((el, api) => el.setAttribute('api', api), h.server.url)
    await allLoaded(page)
    expect(await shadowText(page, 'vie-network-card')).toContain('Founded')
  })

  it('tolerates the script loaded twice, under both names', async () => {
    const integrity = (await (await fetch(`${h.server.url}/widgets/v1/integrity.json`)).json()) as { hashed: string; integrity: string }
    const { page, problems } = await openPartnerPage(
      h.site,
      h.context,
      h.server.url,
      `<script type="module" src="${h.server.url}${integrity.hashed}" integrity="${integrity.integrity}" crossorigin="anonymous"></script>
       <script type="module" src="${h.server.url}/widgets/v1/vie-widgets.js?again"></script>
       <vie-tandem-card slug="hamm-arezzo"></vie-tandem-card>`,
    )
    await allLoaded(page)
    expect(await shadowText(page, 'vie-tandem-card')).toContain('Arezzo')
    expect(problems).toEqual([])
  })

  it('delivers the bundle under a hashed immutable name with SRI and under the stable name with short caching', async () => {
    const info = (await (await fetch(`${h.server.url}/widgets/v1/integrity.json`)).json()) as { hashed: string; integrity: string; stable: string }
    const hashed = await fetch(`${h.server.url}${info.hashed}`)
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const body = Buffer.from(await hashed.arrayBuffer())
    const { createHash } = await import('node:crypto')
    expect(`sha384-${createHash('sha384').update(body).digest('base64')}`).toBe(info.integrity)
    const stable = await fetch(`${h.server.url}${info.stable}`)
    expect(stable.headers.get('cache-control')).toBe('public, max-age=300')
    expect(Buffer.from(await stable.arrayBuffer()).equals(body)).toBe(true)
    expect((await fetch(`${h.server.url}/widgets/v1/vie-widgets.000000000000.js`)).status).toBe(404)
    const manifest = (await (await fetch(`${h.server.url}/widgets/v1/custom-elements.json`)).json()) as { modules: unknown[] }
    expect(manifest.modules.length).toBeGreaterThan(0)
    expect(await (await fetch(`${h.server.url}/embed`)).text()).toContain(info.integrity)
  })

  it('serves frame pages that any site may embed, sized to their content, and only those', async () => {
    const frame = await fetch(`${h.server.url}/embed/frame/vie-tandem-card?slug=hamm-arezzo&lang=en&api=https://evil.example&onload=x`)
    expect(frame.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(frame.headers.get('x-frame-options')).toBeNull()
    const html = await frame.text()
    expect(html).toContain('<vie-tandem-card slug="hamm-arezzo" lang="en"></vie-tandem-card>')
    expect(html).not.toContain('evil.example')
    expect(html).not.toContain('onload')
    expect((await fetch(`${h.server.url}/embed/frame/script`)).status).toBe(404)
    const demo = await fetch(`${h.server.url}/embed`)
    expect(demo.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")

    const { page } = await openPartnerPage(
      h.site,
      h.context,
      h.server.url,
      `<script type="module" src="${h.server.url}/embed/assets/frame-host.js"></script>
       <iframe data-vie-frame title="Tandem" src="${h.server.url}/embed/frame/vie-tandem-card?slug=hamm-arezzo&amp;lang=de" width="600" height="150"></iframe>`,
    )
    // First the skeleton's height, then the card's once the data is in.
    const height = () => page.locator('iframe').getAttribute('height').then(Number)
    await expect.poll(height, { timeout: 15_000 }).toBeGreaterThan(250)
    expect(await height()).toBeLessThanOrEqual(4000)
    const inner = page.frameLocator('iframe').locator('vie-tandem-card')
    expect(await inner.evaluate((el) => el.shadowRoot?.textContent)).toContain('Arezzo')
    expect(new URL(page.url()).origin).toBe(h.site.origin)
  })
})
