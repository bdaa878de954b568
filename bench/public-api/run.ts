/**
 * `pnpm bench`: throughput and latency of the public API and the widget bundle against the
 * machine's limit — a bare `node:http` server in its own process answering the same gzip bytes
 * from memory, measured right after each VIE run at the same connections — and against Payload's
 * own REST, on the studies' data and on a synthetic register (10 000 networks, 50 000 events).
 * Loopback only; each measurement is bounded (BENCH_SECONDS, default 10). BENCH_DATA_DIR keeps
 * the generated register between runs. A probe at 1, 10 and 50 connections and with pipelining
 * shows how much of the two cores the load generator itself takes.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bootServer } from '../../apps/cms/test/helpers/bootServer'
import { type RawAnswer, rawGet, startBareServer } from '../lib/bareServer'
import { type LoadResult, measure } from '../lib/load'
import { table } from '../lib/table'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const networks = Number(process.env.BENCH_NETWORKS ?? 10_000)
const events = Number(process.env.BENCH_EVENTS ?? 50_000)
const here = path.dirname(new URL(import.meta.url).pathname)
/** Targets of issue 15: at least half the bare server's requests per second, p99 at most three times its p99. */
const TARGET_SHARE = 0.5
const TARGET_P99_FACTOR = 3

const ENDPOINTS = [
  { name: 'networks?lang=en', path: '/public/v1/networks?lang=en' },
  { name: 'networks/eurocities', path: '/public/v1/networks/eurocities' },
  { name: 'events?when=all', path: '/public/v1/events?when=all' },
  { name: 'events.ics', path: '/public/v1/events.ics' },
  { name: 'widgets/v1/vie-widgets.js', path: '/widgets/v1/vie-widgets.js' },
] as const
const PAYLOAD_REST = '/api/networks?locale=en&depth=1'
const GZIP = { 'accept-encoding': 'gzip' }

/** The read model of a large register takes a while to load; until then the API answers 503. */
async function untilReady(url: string, timeoutMs = 600_000): Promise<RawAnswer> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const answer = await rawGet(url, GZIP)
    if (answer.status !== 503 || Date.now() > deadline) return answer
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

type Row = { dataset: string; endpoint: string; api: LoadResult; bare: LoadResult }
type Probe = { connections: number; pipelining: number; api: LoadResult; bare: LoadResult }

/** Same endpoint, same bytes, fewer clients or pipelined requests: the load generator's share shrinks. */
const PROBES = [
  { connections: 1, pipelining: 1 },
  { connections: 10, pipelining: 1 },
  { connections: 50, pipelining: 1 },
  { connections: 5, pipelining: 10 },
]

async function benchDataset(dataset: string, dataDir: string, probe: boolean): Promise<{ rows: Row[]; rest: LoadResult; probes: Probe[] }> {
  const server = await bootServer({
    dataDir,
    timeoutMs: 600_000,
    env: {
      SEED_ON_EMPTY: 'true',
      LOG_LEVEL: 'warn',
      // One loopback client stands in for thousands of visitors: the per-client limit would cap it.
      PUBLIC_API_RATE_BURST: '1000000000',
      PUBLIC_API_RATE_PER_SECOND: '1000000000',
    },
  })
  try {
    // The first request renders and caches each answer; the bare server gets the bytes VIE sent.
    const answers = new Map<string, RawAnswer>()
    for (const endpoint of ENDPOINTS) {
      const answer = await untilReady(`${server.url}${endpoint.path}`)
      if (answer.status !== 200) throw new Error(`${endpoint.path} answered ${answer.status}`)
      answers.set(endpoint.path, answer)
    }
    const bare = await startBareServer(answers)
    try {
      const rows: Row[] = []
      const load = { connections, seconds, headers: GZIP }
      const vie = { ...load, serverPid: server.process.pid }
      const limit = { ...load, serverPid: bare.pid }
      for (const endpoint of ENDPOINTS) {
        const api = await measure(server.url, endpoint.name, endpoint.path, vie)
        const baseline = await measure(bare.url, `${endpoint.name} (bare)`, endpoint.path, limit)
        rows.push({ dataset, endpoint: endpoint.name, api, bare: baseline })
      }
      const probes: Probe[] = []
      if (probe) {
        const [first] = ENDPOINTS
        for (const shape of PROBES) {
          const api = await measure(server.url, first.name, first.path, { ...vie, ...shape })
          const baseline = await measure(bare.url, `${first.name} (bare)`, first.path, { ...limit, ...shape })
          probes.push({ ...shape, api, bare: baseline })
        }
      }
      // Last: Payload REST is slow enough that requests still queued after its run would delay the next measurement.
      // At least 10 s: on a busy machine its first answers take seconds, and a short run would count none.
      const rest = await measure(server.url, 'Payload REST', PAYLOAD_REST, { ...vie, seconds: Math.max(seconds, 10) })
      return { rows, rest, probes }
    } finally {
      await bare.stop()
    }
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
const share = (api: LoadResult, bare: LoadResult) => ratio(api.requestsPerSecond, bare.requestsPerSecond, (r) => `${Math.round(100 * r)} %`)
const factor = (api: LoadResult, bare: LoadResult) => ratio(api.p99, bare.p99, (r) => `${r.toFixed(1)}×`)
const meets = (api: LoadResult, bare: LoadResult): string =>
  bare.requestsPerSecond > 0 &&
  api.requestsPerSecond / bare.requestsPerSecond >= TARGET_SHARE &&
  api.p99 <= TARGET_P99_FACTOR * Math.max(bare.p99, 1) &&
  api.errors + api.non2xx === 0
    ? 'pass'
    : 'FAIL'
const cpu = (r: LoadResult) => `${r.serverCpu ?? '?'} / ${r.loadCpu}`
// Little's law: with n requests always in flight, the mean latency is n / throughput, whatever the server does.
const floor = (r: LoadResult, inFlight: number) => (r.requestsPerSecond > 0 ? ms((1000 * inFlight) / r.requestsPerSecond) : 'n/a')
for (const result of results) {
  process.stdout.write(`\n${result.name} — ${connections} connections, ${seconds} s each, VIE and bare node:http alternated\n`)
  process.stdout.write(
    `${table(
      ['endpoint', 'VIE req/s', 'VIE p50 ms', 'VIE p99 ms', 'bare req/s', 'bare p99 ms', 'req/s % of bare', 'p99 × bare', 'vs Payload REST', 'target', 'errors', 'bytes', 'bare bytes', 'CPU % server / load'],
      result.rows.map((row) => [
        row.endpoint,
        Math.round(row.api.requestsPerSecond),
        ms(row.api.p50),
        ms(row.api.p99),
        Math.round(row.bare.requestsPerSecond),
        ms(row.bare.p99),
        share(row.api, row.bare),
        factor(row.api, row.bare),
        ratio(row.api.requestsPerSecond, result.rest.requestsPerSecond, (r) => `${r.toFixed(1)}×`),
        meets(row.api, row.bare),
        row.api.errors + row.api.non2xx,
        row.api.bytesPerResponse,
        row.bare.bytesPerResponse,
        cpu(row.api),
      ]),
    )}\n`,
  )
  process.stdout.write(
    `Payload REST ${PAYLOAD_REST} (${Math.max(seconds, 10)} s): ${Math.round(result.rest.requestsPerSecond)} req/s, p50 ${ms(result.rest.p50)} ms, p99 ${ms(result.rest.p99)} ms\n`,
  )
  if (result.probes.length) {
    process.stdout.write(`\nwhere the limit is (${ENDPOINTS[0].name}; CPU in % of one core, ${os.cpus().length} cores in all)\n`)
    process.stdout.write(
      `${table(
        ['connections × pipelining', 'VIE req/s', 'VIE p99', 'VIE mean floor', 'bare req/s', 'bare p99', 'req/s % of bare', 'CPU % server / load (VIE)', 'CPU % server / load (bare)'],
        result.probes.map((p) => [
          `${p.connections} × ${p.pipelining}`,
          Math.round(p.api.requestsPerSecond),
          ms(p.api.p99),
          floor(p.api, p.connections * p.pipelining),
          Math.round(p.bare.requestsPerSecond),
          ms(p.bare.p99),
          share(p.api, p.bare),
          cpu(p.api),
          cpu(p.bare),
        ]),
      )}\n`,
    )
  }
}
process.stdout.write(
  `\ntargets: ≥ ${Math.round(TARGET_SHARE * 100)} % of the bare node:http server's req/s, p99 ≤ ${TARGET_P99_FACTOR}× its p99, no errors ("target" column)\n` +
    'bare: a node:http process answering the same gzip bytes from memory with three headers, no routing or middleware — what this machine can serve\n' +
    '"bytes": per answer as read, headers included; VIE sends about twenty headers, the bare server six.\n' +
    '"mean floor": with n requests always in flight, the mean latency is n / (req/s) (Little\'s law); a bare p99 under 1 ms counts as 1 ms.\n',
)
