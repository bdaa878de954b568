/* global document, window, performance -- used inside page.evaluate, which runs in the browser */
// Render benchmark in Debian's Chromium: how long <vie-network-list> takes from the moment its
// data has arrived to 100 cards on screen. The page and a 100-entry answer are served by the
// benchmark itself (the register holds 34 networks), built from the study records in shared/data.
import fs from 'node:fs'

import { benchPage, launchChromium, timedRuns } from '../lib/browserBench.mjs'

const RUNS = 15
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

const page = benchPage('<vie-network-list limit="100"></vie-network-list>')

const browser = await launchChromium()
let timings
try {
  timings = await timedRuns(browser, {
    runs: RUNS,
    page,
    answer: (path) =>
      path === '/vie-widgets.js'
        ? { contentType: 'text/javascript', body: bundle }
        : { contentType: 'application/json', body: answer, headers: { 'access-control-allow-origin': '*' } },
    measure: async () => {
      const list = document.querySelector('vie-network-list')
      const rendered = await window.vieRendered
      const arrived = performance.getEntriesByType('resource').find((e) => e.name.includes('/public/v1/networks'))?.responseEnd
      const count = list.shadowRoot.querySelectorAll('[part="card"]').length
      if (count !== 100) throw new Error(`rendered ${count} cards`)
      return rendered - arrived
    },
  })
} finally {
  await browser.close()
}

timings.sort((a, b) => a - b)
const median = timings[Math.floor(timings.length / 2)]
process.stdout.write(`100 network cards, data arrived → rendered: median ${median.toFixed(1)} ms, min ${timings[0].toFixed(1)} ms, max ${timings.at(-1).toFixed(1)} ms (${RUNS} runs; budget 50 ms) ${median <= 50 ? 'OK' : 'OVER BUDGET'}\n`)
