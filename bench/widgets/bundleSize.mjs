// Prints the gzip size of the widget bundle and fails above the 20 KB budget. Size is
// deterministic, so CI may run this as a check.
import fs from 'node:fs'
import { gzipSync } from 'node:zlib'

const BUDGET = 20 * 1024
const file = new URL('../../packages/widgets/dist/vie-widgets.js', import.meta.url)
const body = fs.readFileSync(file)
const gzip = gzipSync(body, { level: 9 }).length
const kb = (n) => `${(n / 1024).toFixed(2)} KB`

process.stdout.write(`vie-widgets.js  raw ${kb(body.length)}  gzip ${kb(gzip)}  budget ${kb(BUDGET)}  ${gzip <= BUDGET ? 'OK' : 'OVER BUDGET'}\n`)
if (gzip > BUDGET) process.exitCode = 1
