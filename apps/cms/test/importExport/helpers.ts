import { authHeaders } from '../helpers/api'

export type ImportReport = {
  applied: boolean
  counts: Record<'create' | 'update' | 'unchanged' | 'error', number>
  rows: { row: number; slug: string | null; action: string; changes: { column: string }[]; errors: { row: number; field: string; message: string }[] }[]
}

export async function exportFile(base: string, token: string, collection: string, format: 'csv' | 'json', query = ''): Promise<string> {
  const res = await fetch(`${base}/api/import-export/${collection}/export?format=${format}${query}`, { headers: authHeaders(token) })
  if (res.status !== 200) throw new Error(`export ${collection} answered ${res.status}: ${await res.text()}`)
  return res.text()
}

export async function importFile(
  base: string,
  token: string,
  collection: string,
  format: 'csv' | 'json',
  content: string,
  apply: boolean,
  language: 'de' | 'en' = 'en',
): Promise<{ status: number; body: ImportReport & { errors?: { message: string }[] } }> {
  const res = await fetch(`${base}/api/import-export/${collection}/import`, {
    method: 'POST',
    headers: { ...authHeaders(token), 'accept-language': language },
    body: JSON.stringify({ format, content, apply }),
  })
  return { status: res.status, body: (await res.json()) as ImportReport & { errors?: { message: string }[] } }
}

type Doc = Record<string, unknown> & { id: string; slug: string }

/** Every record of a collection in both languages, drafts included, links as ids. */
export async function allRecords(base: string, token: string, collection: string): Promise<Doc[]> {
  const res = await fetch(`${base}/api/${collection}?locale=all&depth=0&draft=true&limit=1000&sort=slug`, { headers: authHeaders(token) })
  if (res.status !== 200) throw new Error(`${collection} answered ${res.status}`)
  return ((await res.json()) as { docs: Doc[] }).docs
}

const DATABASE_ONLY = new Set(['id', 'createdAt', 'updatedAt', 'reviewedBy', 'logo', 'updatedBy'])

/** id → `→collection/slug` of every record on a server, to compare links across databases. */
export const linkNames = (records: Record<string, Doc[]>): Map<string, string> =>
  new Map(Object.entries(records).flatMap(([collection, docs]) => docs.map((d) => [d.id, `→${collection}/${d.slug}`] as const)))

/**
 * A record as content: ids, timestamps and join fields differ between databases by design;
 * links are compared by the slug they point at, empty values (null, '', [], missing) as one.
 */
export function comparable(value: unknown, links: Map<string, string>): unknown {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (typeof value === 'string') return links.get(value) ?? value
  if (Array.isArray(value)) return value.map((v) => comparable(v, links))
  if (typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  if ('docs' in record && 'hasNextPage' in record) return null
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record).sort(([a], [b]) => a.localeCompare(b))) {
    if (DATABASE_ONLY.has(k)) continue
    const c = comparable(v, links)
    if (c !== null) out[k] = c
  }
  return Object.keys(out).length ? out : null
}
