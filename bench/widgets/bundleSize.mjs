// Prints the gzip size of the widget bundle and of each lazily loaded element's chunk (with the
// shared chunks it imports), and fails above their budgets. Size is deterministic, so CI may run
// this as a check.
import fs from 'node:fs'
import { gzipSync } from 'node:zlib'

const BUDGET = 20 * 1024
/** Chunks with a budget of their own: the map carries the Europe asset (issue 14: under 60 KB gzip). */
const CHUNK_BUDGETS = { 'vie-map': 60 * 1024 }
const dist = new URL('../../packages/widgets/dist/', import.meta.url)
const kb = (n) => `${(n / 1024).toFixed(2)} KB`
const gzipOf = (body) => gzipSync(body, { level: 9 }).length

const body = fs.readFileSync(new URL('vie-widgets.js', dist))
const gzip = gzipOf(body)
process.stdout.write(`vie-widgets.js  raw ${kb(body.length)}  gzip ${kb(gzip)}  budget ${kb(BUDGET)}  ${gzip <= BUDGET ? 'OK' : 'OVER BUDGET'}\n`)
if (gzip > BUDGET) process.exitCode = 1

/** A chunk and every chunk it imports statically: what the browser fetches for the element. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen
  seen.add(file)
  const text = fs.readFileSync(new URL(file, dist), 'utf8')
  for (const [, imported] of text.matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)) closure(`chunks/${imported}`, seen)
  return seen
}

const chunks = JSON.parse(fs.readFileSync(new URL('lazy-chunks.json', dist), 'utf8'))
for (const [tag, file] of Object.entries(chunks)) {
  const files = [...closure(file)]
  const own = gzipOf(fs.readFileSync(new URL(file, dist)))
  const total = files.reduce((sum, f) => sum + gzipOf(fs.readFileSync(new URL(f, dist))), 0)
  const budget = CHUNK_BUDGETS[tag]
  const verdict = budget ? `  budget ${kb(budget)}  ${total <= budget ? 'OK' : 'OVER BUDGET'}` : ''
  process.stdout.write(`<${tag}> chunk  gzip ${kb(own)}, with the ${files.length - 1} shared chunk(s) it imports ${kb(total)}${verdict}\n`)
  if (budget && total > budget) process.exitCode = 1
}
