/* global document, window, performance -- used inside page.evaluate, which runs in the browser */
// Map benchmark in Debian's Chromium: time to first render of <vie-map> with the register's 84
// municipalities (the seed's study records) and with 2 000 synthetic ones. The page loads the
// served bundle, which fetches the map chunk; both figures are printed: from navigation start
// (bundle, chunk and data loaded) and from the data's arrival to the markers on screen.
import fs from 'node:fs'

import { benchPage, launchChromium, timedRuns } from '../lib/browserBench.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const dist = new URL('../../packages/widgets/dist/', import.meta.url)
// Read once, outside the timed runs: the bundle and the map chunk it fetches.
const files = new Map()
const file = (path) => files.get(path) ?? files.set(path, fs.readFileSync(new URL(path.slice(1), dist))).get(path)
const records = JSON.parse(fs.readFileSync(new URL('../../apps/cms/src/seed/data/municipalities.json', import.meta.url), 'utf8'))

const feature = (slug, name, country, lng, lat, i) => ({
  type: 'Feature',
  id: slug,
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: {
    slug,
    name,
    country,
    population: null,
    sizeClass: null,
    networkCount: 1,
    tandemCount: i % 10 === 0 ? 1 : 0,
    eventCount: 0,
    networks: ['bench'],
    tandems: i % 10 === 0 ? [`tandem-${Math.floor(i / 20)}`] : [],
    topics: [],
    roles: ['member'],
  },
})
const collection = (features) => JSON.stringify({ type: 'FeatureCollection', features, lang: 'de', modified: '2026-11-01T10:00:00Z' })

const register = records.filter((m) => m.location).map((m, i) => feature(m.slug, typeof m.name === 'string' ? m.name : (m.name?.de ?? m.slug), m.country, m.location.lng, m.location.lat, i))
const synthetic = Array.from({ length: 2000 }, (_, i) =>
  feature(`place-${i}`, `Ort ${i}`, 'DE', -9 + ((i * 7919) % 3500) / 100, 36 + ((i * 104729) % 2600) / 100, i),
)

const page = benchPage('<vie-map style="width: 800px"></vie-map>')

async function measure(browser, answer, markers) {
  const timings = await timedRuns(browser, {
    runs: RUNS,
    page,
    answer: (path) =>
      path.startsWith('/public/v1/')
        ? { contentType: 'application/geo+json', body: answer, headers: { 'access-control-allow-origin': '*' } }
        : { contentType: 'text/javascript', body: file(path) },
    measure: async () => {
      const map = document.querySelector('vie-map')
      const rendered = await window.vieRendered
      const arrived = performance.getEntriesByType('resource').find((e) => e.name.includes('/municipalities.geojson'))?.responseEnd ?? 0
      const slugs = [...map.shadowRoot.querySelectorAll('[part="marker"]')].flatMap((m) => m.getAttribute('data-slugs').split(' '))
      return { total: rendered, afterData: rendered - arrived, shown: slugs.length }
    },
  })
  const wrong = timings.find((result) => result.shown !== markers)
  if (wrong) throw new Error(`${wrong.shown} of ${markers} municipalities marked`)
  const median = (key) => [...timings].sort((a, b) => a[key] - b[key])[Math.floor(timings.length / 2)][key].toFixed(1)
  process.stdout.write(
    `<vie-map> ${markers} markers: first render ${median('total')} ms after navigation start, ${median('afterData')} ms after the data arrived (median of ${RUNS})\n`,
  )
}

const browser = await launchChromium()
try {
  await measure(browser, collection(register), register.length)
  await measure(browser, collection(synthetic), synthetic.length)
} finally {
  await browser.close()
}
