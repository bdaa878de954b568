import type { CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import { GERMAN_REQUIRED } from '../../fields/germanRequired'

/** A published record that lacks German text the publish rules require. */
export type GermanViolation = {
  collection: CollectionSlug
  id: number | string
  slug: string | null
  /** Field paths without German text, array rows by position: `name`, `results.2.text`. */
  fields: string[]
}

/** `[name]`, or `[results, '*', text]` for a text inside every row of an array. */
type RequiredPath = string[]

function requiredPaths(fields: Field[], prefix: string[] = []): RequiredPath[] {
  return fields.flatMap((field): RequiredPath[] => {
    if (field.type === 'row' || field.type === 'collapsible') return requiredPaths(field.fields, prefix)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => requiredPaths(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix))
    if (!('name' in field)) return []
    const path = [...prefix, field.name]
    if (field.type === 'group') return requiredPaths(field.fields, path)
    if (field.type === 'array') return requiredPaths(field.fields, [...path, '*'])
    return field.custom?.[GERMAN_REQUIRED] === true ? [path] : []
  })
}

const isBlank = (value: unknown): boolean => (typeof value === 'string' ? value.trim() === '' : value === null || value === undefined)

/** The concrete paths of `path` in `doc` (read with locale `all`) whose German text is missing. */
function missingAt(doc: unknown, path: RequiredPath, at: string[] = []): string[] {
  const [head, ...rest] = path
  if (head === undefined) {
    const german = doc !== null && typeof doc === 'object' ? (doc as { de?: unknown }).de : undefined
    return isBlank(german) ? [at.join('.')] : []
  }
  if (head === '*') return Array.isArray(doc) ? doc.flatMap((row: unknown, i) => missingAt(row, rest, [...at, String(i)])) : []
  const next = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>)[head] : undefined
  return missingAt(next, rest, [...at, head])
}

/**
 * Every published record (every record, where a collection has no drafts) whose German text is
 * missing where publishing requires it: the records an export → import round trip would refuse.
 * Records saved through the admin since the German rule holds for every locale cannot be among
 * them; older ones can. Pass `req` to read inside its transaction (a migration does).
 */
export async function germanViolations(payload: Payload, req?: Partial<PayloadRequest>): Promise<GermanViolation[]> {
  const found: GermanViolation[] = []
  for (const collection of payload.config.collections) {
    const paths = requiredPaths(collection.fields)
    if (paths.length === 0) continue
    const where: Where = collection.versions && collection.versions.drafts ? { _status: { equals: 'published' } } : {}
    // Only what the check reads: a migration runs this against the schema of its own time.
    const select = Object.fromEntries(['slug', ...paths.map((path) => path[0] as string)].map((name) => [name, true]))
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      where,
      select,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as (Record<string, unknown> & { id: number | string; slug?: string | null })[]) {
      const fields = paths.flatMap((path) => missingAt(doc, path))
      if (fields.length > 0) found.push({ collection: collection.slug as CollectionSlug, id: doc.id, slug: doc.slug ?? null, fields })
    }
  }
  return found
}
