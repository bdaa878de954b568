// Shared by the widget benches in Debian's Chromium: a page that notes when the first widget has
// rendered its data, and runs of that page in fresh contexts with every request answered by the
// bench itself (no network, no cache carried from run to run).
import { createRequire } from 'node:module'

const require = createRequire(new URL('../../packages/widgets/package.json', import.meta.url))
const { chromium } = require('playwright')

export const ORIGIN = 'https://bench.vie.invalid'

/** A German page with the served bundle and `body`; `window.vieRendered` resolves with the time the first widget rendered its data. */
export const benchPage = (body) => `<!doctype html><html lang="de"><body>
<script>
window.vieRendered = new Promise((resolve) =>
  document.addEventListener('vie-load', (event) => event.target.updateComplete.then(() => resolve(performance.now())), { once: true }))
</script>
<script type="module" src="/vie-widgets.js"></script>
${body}</body></html>`

export const launchChromium = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })

/**
 * `runs` loads of `page` in fresh contexts; `answer(path)` gives the fulfilment of every other
 * request, `measure` runs in the page once it has loaded. The results, one per run.
 */
export async function timedRuns(browser, { runs, page, answer, measure }) {
  const results = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    const tab = await context.newPage()
    await tab.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname
      return route.fulfill(path === '/' ? { contentType: 'text/html', body: page } : answer(path))
    })
    await tab.goto(`${ORIGIN}/`)
    results.push(await tab.evaluate(measure))
    await context.close()
  }
  return results
}
