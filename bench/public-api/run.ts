/**
 * `pnpm bench`: throughput and latency of the public API against two baselines in the same run —
 * the same response bytes served as static files by the same Express server, and Payload's own
 * REST — on the studies' data and on a synthetic register (10 000 networks, 50 000 events).
 * Loopback only; each measurement is bounded (BENCH_SECONDS, default 10).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bootServer } from '../../apps/cms/test/helpers/bootServer'
import { type LoadResult, measure } from '../lib/load'
import { table } from '../lib/table'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const networks = Number(process.env.BENCH_NETWORKS ?? 10_000)
const events = Number(process.env.BENCH_EVENTS ?? 50_000)
const here = path.dirname(new URL(import.meta.url).pathname)

const ENDPOINTS = [
  { name: 'networks?theme=mobility', path: '/public/v1/networks?theme=mobility&lang=en', file: 'networks.json' },
  { name: 'events', path: '/public/v1/events?when=all', file: 'events.json' },
  { name: 'events.ics', path: '/public/v1/events.ics', file: 'events.ics' },
] as const
const PAYLOAD_REST = '/api/networks?locale=en&depth=1'

type Row = { dataset: string; endpoint: string; api: LoadResult; staticFile: LoadResult }

async function benchDataset(dataset: string, dataDir: string): Promise<{ rows: Row[]; rest: LoadResult }> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-bench-static-'))
  const server = await bootServer({
    dataDir,
    timeoutMs: 600_000,
    env: {
      SEED_ON_EMPTY: 'true',
      LOG_LEVEL: 'warn',
      BENCH_STATIC_DIR: staticDir,
      // One loopback client stands in for thousands of visitors: the per-client limit would cap it.
      PUBLIC_API_RATE_BURST: '1000000000',
      PUBLIC_API_RATE_PER_SECOND: '1000000000',
    },
  })
  try {
    for (const endpoint of ENDPOINTS) {
      const res = await fetch(`${server.url}${endpoint.path}`)
      if (!res.ok) throw new Error(`${endpoint.path} answered ${res.status}`)
      fs.writeFileSync(path.join(staticDir, endpoint.file), Buffer.from(await res.arrayBuffer()))
    }
    const rows: Row[] = []
    const load = { connections, seconds, headers: { 'accept-encoding': 'gzip' } }
    for (const endpoint of ENDPOINTS) {
      const api = await measure(server.url, endpoint.name, endpoint.path, load)
      const staticFile = await measure(server.url, `${endpoint.name} (static)`, `/bench-static/${endpoint.file}`, load)
      rows.push({ dataset, endpoint: endpoint.name, api, staticFile })
    }
    const rest = await measure(server.url, 'Payload REST', PAYLOAD_REST, load)
    return { rows, rest }
  } finally {
    await server.stop()
  }
}

const seededDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-bench-seeded-'))
const syntheticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-bench-synthetic-'))

process.stdout.write(`generating the synthetic register (${networks} networks, ${events} events)…\n`)
const generated = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(here, 'generate.ts'), path.join(syntheticDir, 'vie.db'), String(networks), String(events)],
  { stdio: 'inherit', cwd: path.resolve(here, '../../apps/cms') },
)
if (generated.status !== 0) throw new Error('generating the synthetic register failed')

const results = [
  { name: 'studies (34 networks, 20 events)', ...(await benchDataset('studies', seededDir)) },
  { name: `synthetic (${networks} networks, ${events} events)`, ...(await benchDataset('synthetic', syntheticDir)) },
]

const ms = (value: number) => value.toFixed(1)
// A baseline that answered nothing within the run (timeouts) has no ratio to report.
const ratio = (value: number, base: number, format: (r: number) => string) => (base > 0 ? format(value / base) : 'n/a')
for (const result of results) {
  process.stdout.write(`\n${result.name} — ${connections} connections, ${seconds} s each\n`)
  process.stdout.write(
    `${table(
      ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'static req/s', 'vs static', 'vs Payload REST', 'errors', 'bytes'],
      result.rows.map((row) => [
        row.endpoint,
        Math.round(row.api.requestsPerSecond),
        ms(row.api.p50),
        ms(row.api.p99),
        Math.round(row.staticFile.requestsPerSecond),
        ratio(row.api.requestsPerSecond, row.staticFile.requestsPerSecond, (r) => `${Math.round(100 * r)} %`),
        ratio(row.api.requestsPerSecond, result.rest.requestsPerSecond, (r) => `${r.toFixed(1)}×`),
        row.api.errors + row.api.non2xx,
        row.api.bytesPerResponse,
      ]),
    )}\n`,
  )
  process.stdout.write(
    `Payload REST ${PAYLOAD_REST}: ${Math.round(result.rest.requestsPerSecond)} req/s, p50 ${ms(result.rest.p50)} ms, p99 ${ms(result.rest.p99)} ms\n`,
  )
}
process.stdout.write('\ntargets: ≥ 70 % of the static baseline, p99 < 25 ms\n')
