/**
 * `pnpm bench`: throughput and latency of the public API against two baselines in the same run —
 * the same response bytes served as static files by the same Express server, and Payload's own
 * REST — on the studies' data and on a synthetic register (10 000 networks, 50 000 events).
 * Loopback only; each measurement is bounded (BENCH_SECONDS, default 10). BENCH_DATA_DIR keeps
 * the generated register between runs. A probe of the static baseline at 1, 10 and 50
 * connections and with pipelining shows where the server's limit is and how much of the two
 * cores the load generator itself takes.
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
const TARGET_RATIO = 0.7
const TARGET_P99_MS = 25

const ENDPOINTS = [
  { name: 'networks?theme=mobility', path: '/public/v1/networks?theme=mobility&lang=en', file: 'networks.json' },
  { name: 'events', path: '/public/v1/events?when=all', file: 'events.json' },
  { name: 'events.ics', path: '/public/v1/events.ics', file: 'events.ics' },
] as const
const PAYLOAD_REST = '/api/networks?locale=en&depth=1'

/** The read model of a large register takes a while to load; until then the API answers 503. */
async function untilReady(url: string, timeoutMs = 600_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const res = await fetch(url)
    if (res.status !== 503 || Date.now() > deadline) return res
    await res.arrayBuffer()
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

type Row = { dataset: string; endpoint: string; api: LoadResult; staticFile: LoadResult }
type Probe = { connections: number; pipelining: number; api: LoadResult; staticFile: LoadResult }

/** Same endpoint, same bytes, fewer clients or pipelined requests: the load generator's share shrinks. */
const PROBES = [
  { connections: 1, pipelining: 1 },
  { connections: 10, pipelining: 1 },
  { connections: 50, pipelining: 1 },
  { connections: 5, pipelining: 10 },
]

async function benchDataset(dataset: string, dataDir: string, probe: boolean): Promise<{ rows: Row[]; rest: LoadResult; probes: Probe[] }> {
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
      const res = await untilReady(`${server.url}${endpoint.path}`)
      if (!res.ok) throw new Error(`${endpoint.path} answered ${res.status}`)
      fs.writeFileSync(path.join(staticDir, endpoint.file), Buffer.from(await res.arrayBuffer()))
    }
    const rows: Row[] = []
    const load = { connections, seconds, headers: { 'accept-encoding': 'gzip' }, serverPid: server.process.pid }
    for (const endpoint of ENDPOINTS) {
      // A first request renders and caches each answer; the measurement is of the steady state.
      const api = await measure(server.url, endpoint.name, endpoint.path, load)
      const staticFile = await measure(server.url, `${endpoint.name} (static)`, `/bench-static/${endpoint.file}`, load)
      rows.push({ dataset, endpoint: endpoint.name, api, staticFile })
    }
    const probes: Probe[] = []
    if (probe) {
      const [first] = ENDPOINTS
      for (const shape of PROBES) {
        const options = { ...load, ...shape }
        const api = await measure(server.url, first.name, first.path, options)
        const staticFile = await measure(server.url, `${first.name} (static)`, `/bench-static/${first.file}`, options)
        probes.push({ ...shape, api, staticFile })
      }
    }
    // Last: Payload REST is slow enough that requests still queued after its run would delay the next measurement.
    const rest = await measure(server.url, 'Payload REST', PAYLOAD_REST, load)
    return { rows, rest, probes }
  } finally {
    await server.stop()
  }
}

const seededDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-bench-seeded-'))
const syntheticDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : fs.mkdtempSync(path.join(os.tmpdir(), 'vie-bench-synthetic-'))
fs.mkdirSync(syntheticDir, { recursive: true })
const syntheticDb = path.join(syntheticDir, 'vie.db')
const holds = (): { networks?: number; events?: number } => {
  try {
    return JSON.parse(fs.readFileSync(`${syntheticDb}.synthetic.json`, 'utf8')) as { networks?: number; events?: number }
  } catch {
    return {}
  }
}

const kept = holds()
if (kept.networks === networks && kept.events === events) {
  process.stdout.write(`reusing the synthetic register in ${syntheticDir} (${networks} networks, ${events} events)\n`)
} else {
  for (const suffix of ['', '-wal', '-shm', '.synthetic.json']) fs.rmSync(`${syntheticDb}${suffix}`, { force: true })
  process.stdout.write(`generating the synthetic register (${networks} networks, ${events} events) in ${syntheticDir}…\n`)
  const generated = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'generate.ts'), syntheticDb, String(networks), String(events)],
    { stdio: 'inherit', cwd: path.resolve(here, '../../apps/cms') },
  )
  if (generated.status !== 0) throw new Error('generating the synthetic register failed')
}

const results = [
  { name: 'studies (34 networks, 20 events)', ...(await benchDataset('studies', seededDir, true)) },
  { name: `synthetic (${networks} networks, ${events} events)`, ...(await benchDataset('synthetic', syntheticDir, false)) },
]

const ms = (value: number) => value.toFixed(1)
// A baseline that answered nothing within the run (timeouts) has no ratio to report.
const ratio = (value: number, base: number, format: (r: number) => string) => (base > 0 ? format(value / base) : 'n/a')
const meets = (api: LoadResult, staticFile: LoadResult): string =>
  staticFile.requestsPerSecond > 0 && api.requestsPerSecond / staticFile.requestsPerSecond >= TARGET_RATIO && api.p99 < TARGET_P99_MS && api.errors + api.non2xx === 0
    ? 'pass'
    : 'FAIL'
const cpu = (r: LoadResult) => `${r.serverCpu ?? '?'} / ${r.loadCpu}`
// Little's law: with n requests always in flight, the mean latency is n / throughput, whatever the server does.
const floor = (r: LoadResult, inFlight: number) => (r.requestsPerSecond > 0 ? ms((1000 * inFlight) / r.requestsPerSecond) : 'n/a')
for (const result of results) {
  process.stdout.write(`\n${result.name} — ${connections} connections, ${seconds} s each\n`)
  process.stdout.write(
    `${table(
      ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'mean floor ms', 'static req/s', 'static p99', 'vs static', 'vs Payload REST', 'target', 'errors', 'bytes', 'CPU % server / load'],
      result.rows.map((row) => [
        row.endpoint,
        Math.round(row.api.requestsPerSecond),
        ms(row.api.p50),
        ms(row.api.p99),
        floor(row.api, connections),
        Math.round(row.staticFile.requestsPerSecond),
        ms(row.staticFile.p99),
        ratio(row.api.requestsPerSecond, row.staticFile.requestsPerSecond, (r) => `${Math.round(100 * r)} %`),
        ratio(row.api.requestsPerSecond, result.rest.requestsPerSecond, (r) => `${r.toFixed(1)}×`),
        meets(row.api, row.staticFile),
        row.api.errors + row.api.non2xx,
        row.api.bytesPerResponse,
        cpu(row.api),
      ]),
    )}\n`,
  )
  process.stdout.write(
    `Payload REST ${PAYLOAD_REST}: ${Math.round(result.rest.requestsPerSecond)} req/s, p50 ${ms(result.rest.p50)} ms, p99 ${ms(result.rest.p99)} ms\n`,
  )
  if (result.probes.length) {
    process.stdout.write(`\nwhere the limit is (${ENDPOINTS[0].name}; CPU in % of one core, ${os.cpus().length} cores in all)\n`)
    process.stdout.write(
      `${table(
        ['connections × pipelining', 'API req/s', 'API p99', 'API mean floor', 'static req/s', 'static p99', 'vs static', 'CPU % server / load (API)', 'CPU % server / load (static)'],
        result.probes.map((p) => [
          `${p.connections} × ${p.pipelining}`,
          Math.round(p.api.requestsPerSecond),
          ms(p.api.p99),
          floor(p.api, p.connections * p.pipelining),
          Math.round(p.staticFile.requestsPerSecond),
          ms(p.staticFile.p99),
          ratio(p.api.requestsPerSecond, p.staticFile.requestsPerSecond, (r) => `${Math.round(100 * r)} %`),
          cpu(p.api),
          cpu(p.staticFile),
        ]),
      )}\n`,
    )
  }
}
process.stdout.write(
  `\ntargets: ≥ ${Math.round(TARGET_RATIO * 100)} % of the static baseline's req/s, p99 < ${TARGET_P99_MS} ms, no errors ("target" column)\n` +
    '"mean floor": with n requests always in flight, the mean latency is n / (req/s) (Little\'s law), so p99 < 25 ms at 50 connections\n' +
    'needs well over 2000 req/s; the static baseline misses it too whenever the server gets less than that from the shared cores.\n',
)
