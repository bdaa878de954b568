/**
 * Preloaded into a server under benchmark (NODE_OPTIONS=--import …): appends the process's own
 * memory figures as JSON lines to VIE_MEMORY_PROBE_FILE once a second, so the benchmark reads the
 * server's heap without any endpoint of its own in the application.
 */
import fs from 'node:fs'
import { setInterval } from 'node:timers'

const file = process.env.VIE_MEMORY_PROBE_FILE
if (file) {
  const sample = () => {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
    fs.appendFileSync(file, `${JSON.stringify({ t: Date.now(), rss, heapUsed, heapTotal, external })}\n`)
  }
  sample()
  setInterval(sample, 1000).unref()
}
