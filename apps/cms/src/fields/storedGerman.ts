import type { CollectionSlug, PayloadRequest } from 'payload'

type Lookup = {
  id?: number | string
  collectionSlug?: string
  /** The field's path as Payload gives it to `validate`, array rows as indexes: `results.0.text`. */
  path?: (number | string)[]
  /** The document as saved (what `validate` gets as `data`): its array rows carry their ids. */
  data?: unknown
  req: PayloadRequest
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object'

/**
 * The state a save builds on, in every locale: the newest version (`latest`) where the
 * collection keeps drafts, else the document. Read through the database adapter because the Local API would
 * switch the locale of the request that is being validated.
 */
async function storedWithLocales(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<unknown> {
  const { payload } = req
  if (payload.collections[collection]?.config.versions?.drafts) {
    const { docs } = await payload.db.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      locale: 'all',
      limit: 1,
      pagination: false,
      req,
    })
    if (docs[0]) return docs[0].version
  }
  return payload.db.findOne({ collection, where: { id: { equals: id } }, locale: 'all', req })
}

/**
 * Follows `path` through the stored document; an array row is found by the id the saved row
 * carries (positions differ when rows were added or moved), so a row new in this save has none.
 */
function germanAt(stored: unknown, saved: unknown, path: (number | string)[]): unknown {
  let storedAt = stored
  let savedAt = saved
  for (const segment of path) {
    if (Array.isArray(savedAt)) {
      const row: unknown = savedAt[Number(segment)]
      const rowId = isObject(row) ? row.id : undefined
      storedAt = Array.isArray(storedAt) && rowId !== undefined ? storedAt.find((candidate) => isObject(candidate) && candidate.id === rowId) : undefined
      savedAt = row
    } else {
      storedAt = isObject(storedAt) ? storedAt[segment] : undefined
      savedAt = isObject(savedAt) ? savedAt[segment] : undefined
    }
  }
  return isObject(storedAt) ? storedAt.de : undefined
}

/**
 * The German text a save in another language keeps: what is stored in German at the field's
 * path. A record created in another language has none yet.
 */
export async function storedGerman({ id, collectionSlug, path, data, req }: Lookup): Promise<unknown> {
  if (id === undefined || !collectionSlug || !path?.length) return undefined
  const stored = await storedWithLocales(req, collectionSlug as CollectionSlug, id)
  return germanAt(stored, data, path)
}
