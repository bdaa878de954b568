import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import type { BrowserContext, Page, Request } from 'playwright'

type Served = { body: string; type: string; headers: Record<string, string> }

/**
 * The partner city's website: a real HTTP server on 127.0.0.1, so another origin than the VIE
 * server on localhost. (Pages Playwright fulfils itself count as public, and Chromium's local
 * network protection would block their requests to the local VIE server.)
 */
export type PartnerSite = { origin: string; close: () => Promise<void>; serve: (path: string, file: Served) => void }

export async function startPartnerSite(): Promise<PartnerSite> {
  const files = new Map<string, Served>([['/favicon.ico', { body: '', type: 'image/x-icon', headers: {} }]])
  const server = http.createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://x').pathname)
    if (!file) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': file.type, ...file.headers }).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (path, file) => files.set(path, file),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

const require = createRequire(import.meta.url)
export const axePath = require.resolve('axe-core/axe.min.js')

/** WCAG 2.1 A and AA violations axe-core finds in the page, as `rule: [targets]` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: fs.readFileSync(axePath, 'utf8') })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
  })
}

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
 * Opens `body` as a page of the partner site with the widget script of `server` in its head. The
 * partner page stands for the city's CMS; the widgets, their data and the frames come from the
 * booted VIE server.
 */
let pageCount = 0

export async function openPartnerPage(
  site: PartnerSite,
  context: BrowserContext,
  server: string,
  body: string,
  options: PartnerOptions = {},
): Promise<PartnerPage> {
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
  const path = `/europa-${++pageCount}`
  if (options.css) site.serve(`${path}.css`, { body: options.css, type: 'text/css', headers: {} })
  site.serve(path, {
    type: 'text/html; charset=utf-8',
    headers: options.headers ?? {},
    body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Musterstadt</title>
      ${options.css ? `<link rel="stylesheet" href="${path}.css">` : ''}
      <script type="module" src="${server}/widgets/v1/vie-widgets.js"></script></head><body>${body}</body></html>`,
  })
  await page.goto(`${site.origin}${path}`)
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
