import type { ProposalCollection } from '@vie/types'
import type { PayloadRequest } from 'payload'

import { TITLE_FIELD } from '../admin/dashboard/context'
import { columnsOf } from '../importExport/columns'
import { type FlatRow, flatten, linkedIds, type RelationId } from '../importExport/flatRecord'
import { slugIndex } from '../importExport/slugIndex'

type CurrentRecord = { id: RelationId; name: string | null; values: FlatRow }

/**
 * A record as the public sees it (published state), flattened like an export row: the values a
 * contribution form starts from, and the baseline a proposal's conflicts are judged against.
 * `draft` reads the newest state instead, which is what an editor accepting a proposal changes.
 */
export async function currentValues(req: PayloadRequest, collection: ProposalCollection, slug: string, draft = false): Promise<CurrentRecord | null> {
  const columns = columnsOf(req.payload.collections[collection].config.fields)
  const { docs } = await req.payload.find({ collection, where: { slug: { equals: slug } }, locale: 'all', depth: 0, limit: 1, draft, overrideAccess: draft, req })
  const doc = docs[0] as (Record<string, unknown> & { id: RelationId }) | undefined
  if (!doc) return null
  const index = slugIndex(req)
  await index.loadIds(linkedIds([doc], columns))
  const values = flatten(doc, columns, index.slugOf)
  const title = values[`${TITLE_FIELD[collection]}.de`] ?? values[`${TITLE_FIELD[collection]}.en`] ?? null
  return { id: doc.id, name: typeof title === 'string' ? title : null, values }
}
