import autocannon from 'autocannon'
import fs from 'node:fs'

export type LoadResult = {
  label: string
  path: string
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  bytesPerResponse: number
  /** Share of one core the load generator (this process) used during the run, in %. */
  loadCpu: number
  /** Share of one core the server process used during the run, in % (when its pid is known). */
  serverCpu: number | null
}

export type LoadOptions = {
  connections: number
  seconds: number
  headers?: Record<string, string>
  /** Requests in flight per connection (1: each waits for its answer). */
  pipelining?: number
  /** The server's pid, to report its CPU use next to the load generator's. */
  serverPid?: number
}

const TICKS_PER_SECOND = 100

/** User plus system CPU time of a process in ms, from /proc (Linux). */
function processCpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    return null
  }
}

/** Closed-loop load on loopback: `connections` clients, each sending its next request on the answer. */
export async function measure(baseUrl: string, label: string, path: string, options: LoadOptions): Promise<LoadResult> {
  const cpuBefore = process.cpuUsage()
  const serverBefore = options.serverPid ? processCpuMs(options.serverPid) : null
  const wallBefore = Date.now()
  const result = await autocannon({
    url: `${baseUrl}${path}`,
    connections: options.connections,
    pipelining: options.pipelining ?? 1,
    duration: options.seconds,
    headers: options.headers ?? {},
  })
  const wall = Date.now() - wallBefore
  const cpu = process.cpuUsage(cpuBefore)
  const serverAfter = options.serverPid ? processCpuMs(options.serverPid) : null
  return {
    label,
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    loadCpu: Math.round((100 * (cpu.user + cpu.system)) / 1000 / wall),
    serverCpu: serverBefore !== null && serverAfter !== null ? Math.round((100 * (serverAfter - serverBefore)) / wall) : null,
  }
}
