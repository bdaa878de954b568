// Requests of the /embed demo page (every element, German and English, plus the snippet
// builder's preview) against a running VIE server: total, distinct queries, and any request to
// another host. Usage: VIE_URL=http://localhost:3000 node bench/widgets/requests.mjs
import { createRequire } from 'node:module'

const require = createRequire(new URL('../../packages/widgets/package.json', import.meta.url))
const { chromium } = require('playwright')

const server = process.env.VIE_URL ?? 'http://localhost:3000'
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage()
  const urls = []
  page.on('request', (r) => urls.push(r.url()))
  await page.goto(`${server}/embed`)
  for (let y = 0; y < 20000; y += 500) {
    await page.mouse.wheel(0, 500)
    await page.waitForTimeout(50)
  }
  await page.waitForLoadState('networkidle')
  const api = urls.filter((u) => u.includes('/public/v1/'))
  const foreign = urls.filter((u) => new URL(u).origin !== new URL(server).origin)
  const elements = await page.evaluate(() => document.querySelectorAll('vie-network-card, vie-network-list, vie-event-list, vie-tandem-card').length)
  console.log(`/embed: ${elements} elements (incl. the frame's), ${api.length} API requests for ${new Set(api).size} distinct queries, ${foreign.length} requests to other hosts`)
} finally {
  await browser.close()
}
