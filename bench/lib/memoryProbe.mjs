/**
 * Preloaded into a server under benchmark (NODE_OPTIONS=--import …): appends the process's own
 * memory figures as JSON lines to VIE_MEMORY_PROBE_FILE once a second, so the benchmark reads the
 * server's heap without any endpoint of its own in the application. Every tenth sample follows a
 * full garbage collection (`gc: true`): heap in use right after one is what the process retains,
 * the figure a leak would make grow; in between, V8 collects when it likes.
 */
import fs from 'node:fs'
import { setInterval } from 'node:timers'
import v8 from 'node:v8'
import vm from 'node:vm'

const file = process.env.VIE_MEMORY_PROBE_FILE
if (file) {
  v8.setFlagsFromString('--expose-gc')
  const collect = vm.runInNewContext('gc')
  let count = 0
  const sample = () => {
    const gc = count++ % 10 === 0
    if (gc) collect()
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
    fs.appendFileSync(file, `${JSON.stringify({ t: Date.now(), gc, rss, heapUsed, heapTotal, external })}\n`)
  }
  sample()
  setInterval(sample, 1000).unref()
}
