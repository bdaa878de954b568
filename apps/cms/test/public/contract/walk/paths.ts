import type { PathValues } from './cases'
import { type Document, isJson, type OperationAt, successMediaTypes } from './openapi'

type Json = unknown

/** Slugs in a list answer: `items[].slug` (pages, dumps) or `features[].properties.slug` (GeoJSON). */
function slugsIn(body: Json): string[] {
  if (!body || typeof body !== 'object') return []
  const { items, features } = body as { items?: unknown; features?: unknown }
  const entries = Array.isArray(items) ? items : Array.isArray(features) ? features.map((f: { properties?: unknown }) => f.properties) : []
  return entries.flatMap((e: unknown) => {
    const slug = (e as { slug?: unknown } | null)?.slug
    return typeof slug === 'string' ? [slug] : []
  })
}

/**
 * Real slugs of a collection, from the list operations the document offers for it: the full
 * dump (`/x.json`) first since a paged list may hide records behind a filter's default (upcoming
 * events only), then the page (`/x`), then the GeoJSON (`/x.geojson`).
 */
export function slugFinder(doc: Document, base: string, get: (url: string) => Promise<Json>): (collection: string) => Promise<string | undefined> {
  const found = new Map<string, Promise<string | undefined>>()
  const lookUp = async (collection: string): Promise<string | undefined> => {
    for (const path of [`/${collection}.json`, `/${collection}`, `/${collection}.geojson`]) {
      const operation = doc.paths[path]?.get
      if (!operation || !successMediaTypes(operation).some(isJson)) continue
      const [slug] = slugsIn(await get(`${base}${path}`))
      if (slug) return slug
    }
    return undefined
  }
  return (collection) => {
    const known = found.get(collection) ?? lookUp(collection)
    found.set(collection, known)
    return known
  }
}

/**
 * Every valid assignment of an operation's path parameters: each enum value of an enum
 * parameter, and for any other one a real slug of the collection named just before it in the
 * path (a literal segment such as `/networks/{slug}`, or the value of the parameter before, as
 * in `/proposals/form/{collection}/{slug}`). Empty when some parameter has no real value.
 */
export async function pathAssignments(at: OperationAt, slugOf: (collection: string) => Promise<string | undefined>): Promise<PathValues[]> {
  const byName = new Map((at.operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p]))
  const segments = at.path.split('/')
  let assignments: PathValues[] = [{}]
  for (const [index, segment] of segments.entries()) {
    const name = /^\{(\w+)\}/.exec(segment)?.[1]
    const param = name === undefined ? undefined : byName.get(name)
    if (!name || !param) continue
    const previous = segments[index - 1] ?? ''
    const next: PathValues[] = []
    for (const values of assignments) {
      const choices = param.schema.enum?.map(String) ?? []
      if (!choices.length) {
        const before = /^\{(\w+)\}$/.exec(previous)?.[1]
        const collection = before === undefined ? previous : values[before]
        const slug = collection ? await slugOf(collection) : undefined
        if (slug) choices.push(slug)
      }
      for (const choice of choices) next.push({ ...values, [name]: choice })
    }
    assignments = next
  }
  return assignments
}
