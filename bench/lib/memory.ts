import fs from 'node:fs'

/** `gc`: taken right after a forced full garbage collection. */
export type MemorySample = { t: number; gc: boolean; rss: number; heapUsed: number; heapTotal: number; external: number }

/** The samples bench/lib/memoryProbe.mjs wrote so far. */
export const readMemorySamples = (file: string): MemorySample[] =>
  fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as MemorySample)
    : []

/** Least-squares slope of y over x. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length
  if (n < 2) return Number.NaN
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n
  const numerator = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0)
  const denominator = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0)
  return denominator === 0 ? 0 : numerator / denominator
}

export type MemoryTrend = { before: number; after: number; min: number; max: number; mbPerMinute: number }

/**
 * One figure between two instants: first, last, range and trend in MB/min, over every sample or
 * only those taken right after a full collection (`afterGc`).
 */
export function memoryTrend(samples: MemorySample[], key: 'rss' | 'heapUsed', from: number, to: number, afterGc = false): MemoryTrend {
  const window = samples.filter((sample) => sample.t >= from && sample.t <= to && (!afterGc || sample.gc))
  const mb = (bytes: number) => bytes / 1024 / 1024
  const values = window.map((sample) => mb(sample[key]))
  return {
    before: values[0] ?? Number.NaN,
    after: values.at(-1) ?? Number.NaN,
    min: Math.min(...values),
    max: Math.max(...values),
    mbPerMinute: slope(window.map((sample) => ({ x: (sample.t - from) / 60_000, y: mb(sample[key]) }))),
  }
}
