/**
 * The mixed traffic of the load scenario, shared by the bounded test (mixed-load.test.ts) and the
 * two-minute benchmark (bench/load/mixed.ts): public reads over every documented public endpoint
 * and the widget bundle, with a small share of editors creating drafts and publishing them.
 */
import type { Json } from '../helpers/api'
import type { BaseRefs } from '../helpers/recordInputs'
import { restInput } from '../helpers/recordInputs'
import { type Caller, rest } from '../helpers/records'

export type TrafficClass = 'public read' | 'widget bundle' | 'editor write' | 'editor publish'
export const TRAFFIC_CLASSES: TrafficClass[] = ['public read', 'widget bundle', 'editor write', 'editor publish']

/** Share of editor requests (writes and publishes) in the mix. */
export const EDITOR_SHARE = 0.05
export const WIDGET_BUNDLE = '/widgets/v1/vie-widgets.js'
const PUBLIC = '/public/v1'
const SAMPLES_PER_ENDPOINT = 3

type Parameter = { name: string; in: string; example?: string; schema?: { enum?: string[]; items?: { enum?: string[] } } }
type OpenApi = { paths: Record<string, { get?: { tags?: string[]; parameters?: Parameter[] } }> }

const getJson = async <T>(url: string): Promise<T> => {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url} answered ${res.status}`)
  return (await res.json()) as T
}

/**
 * Every public GET the OpenAPI document lists: each once plain and once per enum parameter (with
 * its last value, so `lang` asks for English), detail endpoints with real slugs from the dumps.
 */
export async function publicReadPaths(baseUrl: string): Promise<string[]> {
  const { paths } = await getJson<OpenApi>(`${baseUrl}${PUBLIC}/openapi.json`)
  const slugs = new Map<string, string[]>()
  for (const path of Object.keys(paths)) {
    const dump = /^\/(\w+)\.json$/.exec(path)
    if (!dump?.[1] || !paths[`/${dump[1]}/{slug}`]) continue
    const { items } = await getJson<{ items: { slug: string }[] }>(`${baseUrl}${PUBLIC}${path}`)
    slugs.set(dump[1], items.slice(0, SAMPLES_PER_ENDPOINT).map((item) => item.slug))
  }
  return Object.entries(paths).flatMap(([path, { get }]) => {
    // Reads only: proposals take input and a solved challenge, which is no public read.
    if (!get || get.tags?.includes('proposals')) return []
    if (path.includes('{slug}')) {
      const collection = path.split('/')[1] ?? ''
      return (slugs.get(collection) ?? []).map((slug) => `${PUBLIC}${path.replace('{slug}', encodeURIComponent(slug))}`)
    }
    // An operation that answers 400 without input documents example values; its parameters can
    // exclude each other (partners: a municipality or a profile), so it is asked with those alone.
    const examples = (get.parameters ?? []).flatMap((parameter) =>
      parameter.in === 'query' && parameter.example !== undefined ? [[parameter.name, parameter.example]] : [],
    )
    if (examples.length > 0) return [`${PUBLIC}${path}?${new URLSearchParams(examples)}`]
    const filters = (get.parameters ?? []).flatMap((parameter) => {
      const value = parameter.in === 'query' ? (parameter.schema?.enum ?? parameter.schema?.items?.enum)?.at(-1) : undefined
      return value === undefined ? [] : [`${PUBLIC}${path}?${parameter.name}=${encodeURIComponent(value)}`]
    })
    return [`${PUBLIC}${path}`, ...filters]
  })
}

/** What an editor's acknowledged requests left behind, to be checked after the run. */
export type EditorRecord = { id: string; name: string; slug: string; published: boolean }

/**
 * Editors at work: new networks as drafts, renamed drafts, and publishes of drafts with a final
 * name. Only answered (2xx) requests update the record of what must be there.
 */
export class EditorWork {
  readonly records = new Map<string, EditorRecord>()
  private readonly busy = new Set<string>()
  private serial = 0

  constructor(
    private readonly editor: Caller,
    private readonly refs: BaseRefs,
  ) {}

  private idleDraft(): EditorRecord | undefined {
    return [...this.records.values()].find((record) => !record.published && !this.busy.has(record.id))
  }

  /** Creates a draft, or renames an existing one every other time. */
  async write(): Promise<number> {
    const draft = this.serial % 2 === 1 ? this.idleDraft() : undefined
    const name = `Lastprobe ${process.pid}-${++this.serial}`
    if (!draft) {
      const reply = await rest(this.editor, 'POST', '/networks?draft=true', { ...restInput('networks', this.refs), name, _status: 'draft' })
      const doc = reply.body.doc as Json | undefined
      if (reply.status === 201 && doc) this.records.set(String(doc.id), { id: String(doc.id), name, slug: String(doc.slug), published: false })
      return reply.status
    }
    this.busy.add(draft.id)
    try {
      const reply = await rest(this.editor, 'PATCH', `/networks/${draft.id}?draft=true`, { name, _status: 'draft' })
      if (reply.status === 200) draft.name = name
      return reply.status
    } finally {
      this.busy.delete(draft.id)
    }
  }

  /** Publishes a draft under a final name; without a draft to publish, writes one instead. */
  async publish(): Promise<number> {
    const draft = this.idleDraft()
    if (!draft) return this.write()
    this.busy.add(draft.id)
    try {
      const name = `${draft.name} veröffentlicht`
      const reply = await rest(this.editor, 'PATCH', `/networks/${draft.id}`, { name, _status: 'published' })
      const doc = reply.body.doc as Json | undefined
      if (reply.status === 200 && doc) Object.assign(draft, { name, slug: String(doc.slug), published: true })
      return reply.status
    } finally {
      this.busy.delete(draft.id)
    }
  }
}

/** Problems found after the run: acknowledged writes that are not readable as acknowledged. */
export async function verifyEditorWork(work: EditorWork, editor: Caller, baseUrl: string): Promise<string[]> {
  const problems: string[] = []
  for (const record of work.records.values()) {
    const stored = await rest(editor, 'GET', `/networks/${record.id}?draft=true&depth=0`)
    if (stored.status !== 200 || stored.body.name !== record.name) {
      problems.push(`${record.id}: REST has ${stored.status} ${JSON.stringify(stored.body.name)}, expected "${record.name}"`)
    }
    if (!record.published) continue
    const res = await fetch(`${baseUrl}${PUBLIC}/networks/${encodeURIComponent(record.slug)}`)
    const body = res.ok ? ((await res.json()) as Json) : {}
    if (body.name !== record.name) problems.push(`${record.slug}: public API has ${res.status} ${JSON.stringify(body.name)}, expected "${record.name}"`)
  }
  return problems
}

export type Sample = { traffic: TrafficClass; ms: number; status: number; path: string }
export type MixResult = { samples: Sample[]; errors: string[]; seconds: number }

export type MixOptions = {
  baseUrl: string
  reads: string[]
  work: EditorWork
  connections: number
  seconds: number
  /** Chooses the next request; the default is uniform randomness. */
  random?: () => number
}

/**
 * Closed-loop mixed traffic: `connections` clients, each sending its next request when the last
 * one was answered, for `seconds`. An error is an answer outside 2xx/3xx or no answer at all.
 */
export async function runMix({ baseUrl, reads, work, connections, seconds, random = Math.random }: MixOptions): Promise<MixResult> {
  const samples: Sample[] = []
  const errors: string[] = []
  const targets: { traffic: TrafficClass; path: string }[] = [
    ...reads.map((path) => ({ traffic: 'public read' as const, path })),
    { traffic: 'widget bundle', path: WIDGET_BUNDLE },
  ]
  const started = performance.now()
  const deadline = started + seconds * 1000
  const one = async () => {
    const roll = random()
    const begin = performance.now()
    let traffic: TrafficClass
    let path: string
    let status: number
    try {
      if (roll < EDITOR_SHARE) {
        traffic = roll < EDITOR_SHARE * 0.6 ? 'editor write' : 'editor publish'
        path = '/api/networks'
        status = traffic === 'editor write' ? await work.write() : await work.publish()
      } else {
        const target = targets[Math.floor(((roll - EDITOR_SHARE) / (1 - EDITOR_SHARE)) * targets.length)] ?? targets[0]!
        traffic = target.traffic
        path = target.path
        const res = await fetch(`${baseUrl}${path}`, { headers: { 'accept-encoding': 'gzip' } })
        await res.arrayBuffer()
        status = res.status
      }
    } catch (error) {
      errors.push(`no answer after ${Math.round(performance.now() - begin)} ms: ${error instanceof Error ? error.message : String(error)}`)
      return
    }
    samples.push({ traffic, path, status, ms: performance.now() - begin })
    if (status >= 400) errors.push(`${traffic} ${path} answered ${status}`)
  }
  const client = async () => {
    while (performance.now() < deadline) await one()
  }
  await Promise.all(Array.from({ length: connections }, client))
  return { samples, errors, seconds: (performance.now() - started) / 1000 }
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
}

export type ClassSummary = { traffic: TrafficClass; requests: number; perSecond: number; p50: number; p99: number; errors: number }

export const summarize = ({ samples, errors, seconds }: MixResult): ClassSummary[] =>
  TRAFFIC_CLASSES.map((traffic) => {
    const mine = samples.filter((sample) => sample.traffic === traffic)
    const ms = mine.map((sample) => sample.ms)
    return {
      traffic,
      requests: mine.length,
      perSecond: mine.length / seconds,
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
      errors: errors.filter((error) => error.startsWith(traffic)).length,
    }
  })

/** A reproducible sequence in [0, 1) (mulberry32), so a short run always holds the same mix. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
