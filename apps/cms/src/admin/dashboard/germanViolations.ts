import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { TITLE_FIELD, type TitledCollection } from './context'

export type GermanViolation = { collection: TitledCollection; id: number | string; slug: string; fields: string[] }

/** Texts of array rows that must exist in German, beside each collection's title: `array.field`. */
const ROW_TEXTS: Partial<Record<TitledCollection, string[]>> = {
  tandems: ['results.text', 'lessons.text', 'contacts.function'],
}

const COLLECTIONS = Object.keys(TITLE_FIELD) as TitledCollection[]

const empty = (value: unknown): boolean => (typeof value === 'string' ? value.trim() === '' : value === null || value === undefined)

/** The paths of `doc` whose German text is missing, e.g. `name` or `results.2.text`. */
function missingIn(collection: TitledCollection, doc: Record<string, unknown>): string[] {
  const missing: string[] = empty(doc[TITLE_FIELD[collection]]) ? [TITLE_FIELD[collection]] : []
  for (const path of ROW_TEXTS[collection] ?? []) {
    const [array, field] = path.split('.') as [string, string]
    const rows = Array.isArray(doc[array]) ? (doc[array] as Record<string, unknown>[]) : []
    rows.forEach((row, index) => {
      if (empty(row[field])) missing.push(`${array}.${index}.${field}`)
    })
  }
  return missing
}

/**
 * Records, published or draft, whose German texts required by the German-name rule
 * (src/validation/requiredInGerman.ts) are empty: German is the fallback of every other
 * language, so such a record shows its slug on partner sites and cannot be imported again.
 * Each record once, with every missing path of its published and its newest draft state.
 */
export async function findGermanViolations(payload: Payload, req: PayloadRequest): Promise<GermanViolation[]> {
  const found = new Map<string, GermanViolation>()
  for (const collection of COLLECTIONS) {
    const versioned = Boolean(payload.collections[collection as CollectionSlug].config.versions?.drafts)
    const arrays = (ROW_TEXTS[collection] ?? []).map((path) => path.split('.')[0] as string)
    for (const draft of versioned ? [false, true] : [false]) {
      const { docs } = await payload.find({
        collection,
        locale: 'de',
        draft,
        select: Object.fromEntries(['slug', TITLE_FIELD[collection], ...arrays].map((name) => [name, true])),
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
      for (const doc of docs as unknown as (Record<string, unknown> & { id: number | string })[]) {
        const fields = missingIn(collection, doc)
        if (fields.length === 0) continue
        const key = `${collection}/${doc.id}`
        const known = found.get(key)
        if (known) known.fields = [...new Set([...known.fields, ...fields])]
        else found.set(key, { collection, id: doc.id, slug: typeof doc.slug === 'string' ? doc.slug : '', fields })
      }
    }
  }
  return [...found.values()]
}
