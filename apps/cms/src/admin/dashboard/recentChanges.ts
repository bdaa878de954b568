import { type DashboardContext, asUser, titleOf } from './context'

const VERSIONED = ['networks', 'tandems', 'events'] as const
export const RECENT_LIMIT = 20

export type Change = {
  collection: (typeof VERSIONED)[number]
  parent: number | string
  versionId: number | string
  title: string
  status: 'draft' | 'published'
  at: string
  /** Name or e-mail of the editor; null for imports and other changes without a signed-in user. */
  by: string | null
  /** The admin's comparison of this version with the one before it. */
  diffUrl: string
}

type VersionRow = {
  id: number | string
  parent: number | string | { id: number | string }
  updatedAt: string
  version: Record<string, unknown> & { _status?: 'draft' | 'published'; updatedBy?: number | string | null }
}

const idOf = (value: VersionRow['parent']): number | string => (typeof value === 'object' ? value.id : value)

/**
 * The newest versions across all versioned collections. Editors may read only their own user
 * record, so the authors' names are looked up separately, name and e-mail only.
 */
export async function recentChanges(ctx: DashboardContext): Promise<Change[]> {
  const rows = (
    await Promise.all(
      VERSIONED.map(async (collection) => {
        const { docs } = await ctx.payload.findVersions({
          collection,
          sort: '-updatedAt',
          limit: RECENT_LIMIT,
          depth: 0,
          ...asUser(ctx),
        })
        return (docs as unknown as VersionRow[]).map((row) => ({ collection, row }))
      }),
    )
  )
    .flat()
    .sort((a, b) => b.row.updatedAt.localeCompare(a.row.updatedAt))
    .slice(0, RECENT_LIMIT)

  const authorIds = [...new Set(rows.flatMap(({ row }) => (row.version.updatedBy ? [row.version.updatedBy] : [])))]
  const authors = authorIds.length
    ? await ctx.payload.find({
        collection: 'users',
        where: { id: { in: authorIds } },
        select: { name: true, email: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    : { docs: [] }
  const nameOf = new Map(authors.docs.map((user) => [String(user.id), user.name?.trim() || user.email]))

  return rows.map(({ collection, row }) => {
    const parent = idOf(row.parent)
    return {
      collection,
      parent,
      versionId: row.id,
      title: titleOf(collection, row.version),
      status: row.version._status ?? 'draft',
      at: row.updatedAt,
      by: row.version.updatedBy ? (nameOf.get(String(row.version.updatedBy)) ?? null) : null,
      diffUrl: `${ctx.adminRoute}/collections/${collection}/${parent}/versions/${row.id}`,
    }
  })
}
