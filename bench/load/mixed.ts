/**
 * `pnpm --filter @vie/bench bench:load`: two minutes (LOAD_SECONDS) of mixed traffic against a
 * production build on the studies' data: 95 % public reads over every public endpoint and the
 * widget bundle, 5 % editor writes and publishes over REST (LOAD_CONNECTIONS clients, closed
 * loop, loopback). Prints throughput and latency per class, the error count, and the server's
 * memory over the run. Figures, not a test: the bounded check is apps/cms/test/reliability/mixed-load.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bootServer } from '../../apps/cms/test/helpers/bootServer'
import { createBaseRefs } from '../../apps/cms/test/helpers/recordFixtures'
import { callers } from '../../apps/cms/test/helpers/records'
import {
  EditorWork,
  publicReadPaths,
  runMix,
  summarize,
  verifyEditorWork,
} from '../../apps/cms/test/reliability/trafficMix'
import { memoryTrend, readMemorySamples } from '../lib/memory'
import { table } from '../lib/table'

const seconds = Number(process.env.LOAD_SECONDS ?? 120)
const connections = Number(process.env.LOAD_CONNECTIONS ?? 16)
const MEMORY_FIGURES: [label: string, key: 'rss' | 'heapUsed', afterGc: boolean][] = [
  ['rss', 'rss', false],
  ['heap used', 'heapUsed', false],
  ['rss after GC', 'rss', true],
  ['heap used after GC', 'heapUsed', true],
]
const here = path.dirname(new URL(import.meta.url).pathname)
const probeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vie-load-')), 'memory.jsonl')

const server = await bootServer({
  timeoutMs: 600_000,
  env: {
    SEED_ON_EMPTY: 'true',
    LOG_LEVEL: 'warn',
    // One loopback client stands in for thousands of visitors: the per-client limit would cap it.
    PUBLIC_API_RATE_BURST: '1000000000',
    PUBLIC_API_RATE_PER_SECOND: '1000000000',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${path.join(here, '../lib/memoryProbe.mjs')}`.trim(),
    VIE_MEMORY_PROBE_FILE: probeFile,
  },
})

try {
  const { admin, editor } = await callers(server.url)
  const refs = await createBaseRefs(admin)
  const reads = await publicReadPaths(server.url)
  const work = new EditorWork(editor, refs)

  process.stdout.write(`${reads.length} public read paths + widget bundle; ${connections} connections for ${seconds} s…\n`)
  // The server's memory settles after the first requests (JIT, caches): measure from a warm start.
  await runMix({ baseUrl: server.url, reads, work, connections, seconds: Math.min(10, seconds / 6) })
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const from = Date.now()
  const result = await runMix({ baseUrl: server.url, reads, work, connections, seconds })
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const to = Date.now()
  const problems = await verifyEditorWork(work, editor, server.url)

  const rows = summarize(result)
  const total = result.samples.length
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a')
  process.stdout.write(
    `\n${table(
      ['class', 'requests', 'share', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
      [
        ...rows.map((row) => [
          row.traffic,
          row.requests,
          `${((100 * row.requests) / Math.max(total, 1)).toFixed(1)} %`,
          row.perSecond.toFixed(1),
          ms(row.p50),
          ms(row.p99),
          row.errors,
        ]),
        ['all', total, '100 %', (total / result.seconds).toFixed(1), '', '', result.errors.length],
      ],
    )}\n`,
  )
  const samples = readMemorySamples(probeFile)
  const mb = (value: number) => value.toFixed(1)
  process.stdout.write(
    `\nserver memory over the ${seconds} s run (every second; "after GC": every 10 s, right after a forced full collection)\n${table(
      ['figure', 'before MB', 'after MB', 'min MB', 'max MB', 'trend MB/min'],
      MEMORY_FIGURES.map(([label, key, afterGc]) => {
        const trend = memoryTrend(samples, key, from, to, afterGc)
        return [label, mb(trend.before), mb(trend.after), mb(trend.min), mb(trend.max), trend.mbPerMinute.toFixed(2)]
      }),
    )}\n`,
  )
  const published = [...work.records.values()].filter((record) => record.published).length
  process.stdout.write(
    `\neditor records: ${work.records.size} acknowledged (${published} published); unreadable or stale afterwards: ${problems.length}\n`,
  )
  for (const line of [...result.errors.slice(0, 10), ...problems.slice(0, 10)]) process.stdout.write(`  ${line}\n`)
  process.stdout.write(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`)
  if (result.errors.length > 0 || problems.length > 0) process.exitCode = 1
} finally {
  await server.stop()
}
