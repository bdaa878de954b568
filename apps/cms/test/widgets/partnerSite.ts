import { createRequire } from 'node:module'
import type { BrowserContext, Page, Request } from 'playwright'

/** A partner city's website on its own origin; the browser gets its pages from the test, everything else from the real server. */
export const PARTNER = 'http://www.musterstadt.example'

const require = createRequire(import.meta.url)
export const axePath = require.resolve('axe-core/axe.min.js')

export type PartnerPage = {
  page: Page
  /** Every request the page made, in order. */
  requests: Request[]
  /** Console errors, page errors and CSP violations. */
  problems: string[]
}

export type PartnerOptions = {
  /** Extra response headers of the partner page (a Content-Security-Policy, say). */
  headers?: Record<string, string>
  /** Stylesheet of the partner page. */
  css?: string
}

/**
 * Opens `body` as a page of the partner site with the widget script of `server` in its head.
 * The partner page itself is served by the test (it stands for the city's CMS); the widgets,
 * their data and the frames come from the booted VIE server.
 */
export async function openPartnerPage(context: BrowserContext, server: string, body: string, options: PartnerOptions = {}): Promise<PartnerPage> {
  const page = await context.newPage()
  const requests: Request[] = []
  const problems: string[] = []
  page.on('request', (r) => requests.push(r))
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
  })
  await context.route(`${PARTNER}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: options.headers ?? {},
      body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Musterstadt</title>
        ${options.css ? `<link rel="stylesheet" href="${PARTNER}/site.css">` : ''}
        <script type="module" src="${server}/widgets/v1/vie-widgets.js"></script></head><body>${body}</body></html>`,
    }),
  )
  if (options.css) {
    const css = options.css
    await context.route(`${PARTNER}/site.css`, (route) => route.fulfill({ contentType: 'text/css', body: css }))
  }
  await page.goto(`${PARTNER}/europa`)
  return { page, requests, problems }
}

/** Waits until every VIE element on the page shows data (or an error, which fails the wait). */
export async function allLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('vie-network-card, vie-network-list, vie-event-list, vie-tandem-card')].every((el) => {
        el.scrollIntoView()
        const root = el.shadowRoot
        if (root?.querySelector('[part="error"]')) throw new Error(`${el.outerHTML} shows an error`)
        return Boolean(root?.querySelector('[part~="card"], [part~="event"], [part~="empty"], [part~="count"]'))
      }),
    undefined,
    { timeout: 20_000, polling: 200 },
  )
}

/** Text inside an element's shadow root. */
export const shadowText = (page: Page, selector: string): Promise<string> =>
  page.locator(selector).evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
