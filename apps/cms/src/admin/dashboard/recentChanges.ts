import { authorNames } from '../authorNames'
import { type DashboardContext, asUser, titleOf } from './context'

const VERSIONED = ['networks', 'tandems', 'events'] as const
export const RECENT_LIMIT = 20

/**
 * Versions of one record by the same author and with the same status this close together are one
 * save: the seed and the import write a record language by language, one version per language,
 * milliseconds apart. A person saving twice takes longer than this.
 */
const ONE_SAVE_MS = 2000

export type Change = {
  collection: (typeof VERSIONED)[number]
  parent: number | string
  versionId: number | string
  title: string
  status: 'draft' | 'published'
  at: string
  /** Name or e-mail of the editor; null for imports and other changes without a signed-in user. */
  by: string | null
  /** The admin's comparison, in both languages, of this save with the version before it. */
  diffUrl: string
}

type VersionRow = {
  id: number | string
  parent: number | string | { id: number | string }
  updatedAt: string
  version: Record<string, unknown> & { _status?: 'draft' | 'published'; updatedBy?: number | string | null }
}

type Row = { collection: Change['collection']; row: VersionRow; parent: string }

const idOf = (value: VersionRow['parent']): number | string => (typeof value === 'object' ? value.id : value)

const sameSave = (newer: Row, older: Row): boolean =>
  newer.collection === older.collection &&
  newer.parent === older.parent &&
  String(newer.row.version.updatedBy ?? '') === String(older.row.version.updatedBy ?? '') &&
  newer.row.version._status === older.row.version._status &&
  Date.parse(newer.row.updatedAt) - Date.parse(older.row.updatedAt) <= ONE_SAVE_MS

/** Newest first, each save once: its newest version, and the version before the save if known. */
function saves(rows: Row[]): { newest: Row; before: Row | undefined }[] {
  const result: { newest: Row; oldest: Row; before: Row | undefined }[] = []
  const open = new Map<string, (typeof result)[number]>()
  for (const row of rows) {
    const key = `${row.collection}/${row.parent}`
    const current = open.get(key)
    if (current && !current.before && sameSave(current.oldest, row)) {
      current.oldest = row
      continue
    }
    if (current && !current.before) current.before = row
    const next = { newest: row, oldest: row, before: undefined }
    open.set(key, next)
    result.push(next)
  }
  return result
}

/**
 * The newest saves across all versioned collections, one row per save (a save may have written
 * several versions, one per language). Editors may read only their own user record, so the
 * authors' names are looked up separately, name and e-mail only.
 */
export async function recentChanges(ctx: DashboardContext): Promise<Change[]> {
  const rows = (
    await Promise.all(
      VERSIONED.map(async (collection) => {
        const { docs } = await ctx.payload.findVersions({
          collection,
          sort: '-updatedAt',
          // Twice as many, since a save may have written a version per language.
          limit: RECENT_LIMIT * 2,
          depth: 0,
          ...asUser(ctx),
        })
        return (docs as unknown as VersionRow[]).map((row): Row => ({ collection, row, parent: String(idOf(row.parent)) }))
      }),
    )
  )
    .flat()
    .sort((a, b) => b.row.updatedAt.localeCompare(a.row.updatedAt))
  const newest = saves(rows).slice(0, RECENT_LIMIT)

  const nameOf = await authorNames(ctx.payload, newest.flatMap(({ newest: { row } }) => row.version.updatedBy ?? []))

  return newest.map(({ newest: { collection, row }, before }) => {
    const parent = idOf(row.parent)
    const query = new URLSearchParams({ localeCodes: JSON.stringify(['de', 'en']), ...(before ? { versionFrom: String(before.row.id) } : {}) })
    return {
      collection,
      parent,
      versionId: row.id,
      title: titleOf(collection, row.version),
      status: row.version._status ?? 'draft',
      at: row.updatedAt,
      by: row.version.updatedBy ? (nameOf.get(String(row.version.updatedBy)) ?? null) : null,
      diffUrl: `${ctx.adminRoute}/collections/${collection}/${parent}/versions/${row.id}?${query}`,
    }
  })
}
