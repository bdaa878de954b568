import type { CollectionSlug, PayloadRequest } from 'payload'

import type { RelationId } from './flatRecord'

/**
 * Slugs ↔ ids of linked records, read through the request (and so inside its transaction, where
 * records created earlier in the same import already exist). Drafts count: a link may point at
 * a record that is not published yet.
 */
export function slugIndex(req: PayloadRequest) {
  const byId = new Map<string, string>()
  const bySlug = new Map<string, RelationId | null>()
  const key = (collection: string, value: RelationId) => `${collection}\u0000${String(value)}`

  const remember = (collection: string, id: RelationId, slug: string): void => {
    byId.set(key(collection, id), slug)
    bySlug.set(key(collection, slug), id)
  }

  const lookup = async (collection: string, field: 'id' | 'slug', values: RelationId[]): Promise<void> => {
    if (values.length === 0) return
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { [field]: { in: values } },
      draft: true,
      depth: 0,
      pagination: false,
      select: { slug: true },
      overrideAccess: false,
      req,
    })
    for (const doc of found.docs as { id: RelationId; slug?: string | null }[]) if (doc.slug) remember(collection, doc.id, doc.slug)
  }

  return {
    remember,
    /** Loads the slugs of these ids (one query per collection). */
    loadIds: async (ids: Map<string, Set<RelationId>>): Promise<void> => {
      for (const [collection, set] of ids) await lookup(collection, 'id', [...set].filter((id) => !byId.has(key(collection, id))))
    },
    slugOf: (collection: string, id: RelationId): string | undefined => byId.get(key(collection, id)),
    idOf: async (collection: string, slug: string): Promise<RelationId | undefined> => {
      if (!bySlug.has(key(collection, slug))) {
        await lookup(collection, 'slug', [slug])
        if (!bySlug.has(key(collection, slug))) bySlug.set(key(collection, slug), null)
      }
      return bySlug.get(key(collection, slug)) ?? undefined
    },
  }
}

export type SlugIndex = ReturnType<typeof slugIndex>
