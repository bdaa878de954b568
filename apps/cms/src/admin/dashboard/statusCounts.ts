import { type DashboardContext, asUser, TITLE_FIELD, type TitledCollection } from './context'

export type StatusCount = {
  collection: TitledCollection
  total: number
  /** Null for collections without drafts. */
  published: number | null
  draft: number | null
  /** Published, with a newer draft not yet published. */
  changed: number | null
}

const COLLECTIONS = Object.keys(TITLE_FIELD) as TitledCollection[]

/** How many records each collection holds, and for drafted ones, in which state. */
export async function statusCounts(ctx: DashboardContext): Promise<StatusCount[]> {
  return Promise.all(
    COLLECTIONS.map(async (collection) => {
      const { totalDocs: total } = await ctx.payload.count({ collection, ...asUser(ctx) })
      const drafts = ctx.payload.collections[collection].config.versions?.drafts
      if (!drafts) return { collection, total, published: null, draft: null, changed: null }
      const { totalDocs: published } = await ctx.payload.count({
        collection,
        where: { _status: { equals: 'published' } },
        ...asUser(ctx),
      })
      // The newest version of a record with unpublished changes is a draft, while the record
      // itself (its published state) says "published".
      const newestDrafts = await ctx.payload.findVersions({
        collection,
        where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
        depth: 0,
        pagination: false,
        ...asUser(ctx),
      })
      const parents = [...new Set(newestDrafts.docs.map((doc) => doc.parent as number | string))]
      const { totalDocs: changed } = parents.length
        ? await ctx.payload.count({
            collection,
            where: { and: [{ id: { in: parents } }, { _status: { equals: 'published' } }] },
            ...asUser(ctx),
          })
        : { totalDocs: 0 }
      return { collection, total, published, draft: total - published, changed }
    }),
  )
}
