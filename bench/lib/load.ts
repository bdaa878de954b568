import autocannon from 'autocannon'

export type LoadResult = {
  label: string
  path: string
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  bytesPerResponse: number
}

export type LoadOptions = { connections: number; seconds: number; headers?: Record<string, string> }

/** Closed-loop load on loopback: `connections` clients, each sending its next request on the answer. */
export async function measure(baseUrl: string, label: string, path: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: `${baseUrl}${path}`,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
  })
  return {
    label,
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
  }
}
