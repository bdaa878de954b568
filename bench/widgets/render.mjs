/* global document, window, performance -- used inside page.evaluate, which runs in the browser */
// Render benchmark in Debian's Chromium: how long <vie-network-list> takes from the moment its
// data has arrived to 100 cards on screen. The page and a 100-entry answer are served by the
// benchmark itself (the register holds 34 networks), built from the study records in shared/data.
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(new URL('../../packages/widgets/package.json', import.meta.url))
const { chromium } = require('playwright')

const RUNS = 15
const ORIGIN = 'https://bench.vie.invalid'
const bundle = fs.readFileSync(new URL('../../packages/widgets/dist/vie-widgets.js', import.meta.url))
const records = JSON.parse(fs.readFileSync(new URL('../../../shared/data/networks.json', import.meta.url), 'utf8'))

const cards = Array.from({ length: 100 }, (_, i) => {
  const n = records[i % records.length]
  return {
    slug: `${n.slug}-${i}`,
    name: n.name,
    acronym: n.acronym ?? null,
    category: { value: n.category, label: n.category },
    foundingInitiative: { value: n.foundingInitiative, label: n.foundingInitiative },
    geographicScope: { value: 'european', label: 'Europäisch' },
    themes: (n.themes ?? []).map((slug) => ({ slug, label: slug })),
    foundedYear: n.foundedYear ?? null,
    memberCount: n.members?.memberCount ?? null,
    website: n.websites?.[0] ?? null,
    summary: n.summary?.de ?? '',
    infoAsOf: '2023-05',
    updatedAt: '2026-11-01T10:00:00+01:00',
    fallback: [],
  }
})
const answer = JSON.stringify({ items: cards, total: 100, page: 1, pages: 1, limit: 100, lang: 'de' })

const page = `<!doctype html><html lang="de"><body>
<script>
window.vieRendered = new Promise((resolve) =>
  document.addEventListener('vie-load', (event) => event.target.updateComplete.then(() => resolve(performance.now())), { once: true }))
</script>
<script type="module" src="/vie-widgets.js"></script>
<vie-network-list limit="100"></vie-network-list></body></html>`

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
const timings = []
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext()
    const tab = await context.newPage()
    await tab.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: page })
      if (path === '/vie-widgets.js') return route.fulfill({ contentType: 'text/javascript', body: bundle })
      return route.fulfill({ contentType: 'application/json', body: answer, headers: { 'access-control-allow-origin': '*' } })
    })
    await tab.goto(`${ORIGIN}/`)
    const ms = await tab.evaluate(async () => {
      const list = document.querySelector('vie-network-list')
      const rendered = await window.vieRendered
      const arrived = performance.getEntriesByType('resource').find((e) => e.name.includes('/public/v1/networks'))?.responseEnd
      const count = list.shadowRoot.querySelectorAll('[part="card"]').length
      if (count !== 100) throw new Error(`rendered ${count} cards`)
      return rendered - arrived
    })
    timings.push(ms)
    await context.close()
  }
} finally {
  await browser.close()
}

timings.sort((a, b) => a - b)
const median = timings[Math.floor(timings.length / 2)]
process.stdout.write(`100 network cards, data arrived → rendered: median ${median.toFixed(1)} ms, min ${timings[0].toFixed(1)} ms, max ${timings.at(-1).toFixed(1)} ms (${RUNS} runs; budget 50 ms) ${median <= 50 ? 'OK' : 'OVER BUDGET'}\n`)
