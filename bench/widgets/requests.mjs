/* global document -- used inside page.evaluate, which runs in the browser */
// Requests of the /embed demo page (every element, German and English, plus the snippet
// builder's preview, which asks what the first card asks) against a running VIE server: total, distinct queries, and any request to
// another host. Usage: VIE_URL=http://localhost:3000 node bench/widgets/requests.mjs
import { launchChromium } from '../lib/browserBench.mjs'

const server = process.env.VIE_URL ?? 'http://localhost:3000'
const browser = await launchChromium()
try {
  const page = await browser.newPage()
  const urls = []
  const inMain = []
  page.on('request', (r) => {
    urls.push(r.url())
    if (r.frame() === page.mainFrame()) inMain.push(r.url())
  })
  await page.goto(`${server}/embed`)
  for (let y = 0; y < 20000; y += 500) {
    await page.mouse.wheel(0, 500)
    await page.waitForTimeout(50)
  }
  await page.waitForTimeout(2000)
  const api = inMain.filter((u) => u.includes('/public/v1/'))
  const foreign = urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== new URL(server).origin)
  const elements = await page.evaluate(() => document.querySelectorAll('vie-network-card, vie-network-list, vie-event-list, vie-tandem-card').length)
  const framed = urls.filter((u) => u.includes('/public/v1/')).length - api.length
  process.stdout.write(`/embed page: ${elements} elements, ${api.length} API requests for ${new Set(api).size} distinct queries; its iframe (a document of its own): ${framed}; requests to other hosts: ${foreign.length}\n`)
} finally {
  await browser.close()
}
