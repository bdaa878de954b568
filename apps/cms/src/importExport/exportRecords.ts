import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { EditorialSlug } from './collections'
import { columnsOf, type Column } from './columns'
import { flatten, type FlatRow, linkedIds } from './flatRecord'
import { slugIndex } from './slugIndex'

/** The records `where` selects (all when empty), newest drafts included, both languages, links as slugs. */
export async function exportRecords(req: PayloadRequest, collection: EditorialSlug, where: Where | undefined): Promise<{ columns: Column[]; rows: FlatRow[] }> {
  const { config } = req.payload.collections[collection]
  const columns = columnsOf(config.fields)
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where,
    draft: true,
    locale: 'all',
    depth: 0,
    pagination: false,
    sort: typeof config.defaultSort === 'string' ? config.defaultSort : 'createdAt',
    overrideAccess: false,
    req,
  })
  const index = slugIndex(req)
  await index.loadIds(linkedIds(docs, columns))
  return { columns, rows: docs.map((doc) => flatten(doc, columns, index.slugOf)) }
}
