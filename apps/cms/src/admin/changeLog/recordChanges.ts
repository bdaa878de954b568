import type { Label } from '@vie/types'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { columnsOf, type Locale } from '../../importExport/columns'
import { diff, flatten, type FlatValue, linkedIds } from '../../importExport/flatRecord'
import { slugIndex } from '../../importExport/slugIndex'
import { authorNames } from '../authorNames'
import { fieldLabels, type OptionLabels } from './fieldLabels'

/** The collections that keep versions, and so a change log. */
export const LOGGED_COLLECTIONS = ['networks', 'tandems', 'events'] as const satisfies readonly CollectionSlug[]
export type LoggedCollection = (typeof LOGGED_COLLECTIONS)[number]

export const isLoggedCollection = (value: unknown): value is LoggedCollection =>
  typeof value === 'string' && (LOGGED_COLLECTIONS as readonly string[]).includes(value)

export type FieldChange = {
  /** The field path as the export names its column, e.g. `name` or `runtime.kind`. */
  field: string
  /** The language of a text kept in German and English; null for fields that have one value. */
  locale: Locale | null
  label: Label
  before: FlatValue
  after: FlatValue
  /** For a select: the labels of the values, so the log can show words rather than codes. */
  options?: OptionLabels
}

export type ChangeEntry = {
  versionId: number | string
  /** When the save happened. */
  at: string
  /** Who saved; null for the seed, imports without a session and other system writes. */
  by: { id: number | string; name: string } | null
  status: 'draft' | 'published'
  /** A draft kept by autosave: later autosaves of the same draft update this entry. */
  autosave: boolean
  /** The oldest version kept (older ones are pruned): its fields are listed as set, not as changed. */
  first: boolean
  /** The contribution whose acceptance wrote this save, if one did. */
  proposal: { id: number | string; receipt: string } | null
  changes: FieldChange[]
}

type VersionRow = {
  id: number | string
  updatedAt: string
  autosave?: boolean | null
  snapshot?: boolean | null
  version: Record<string, unknown> & { _status?: 'draft' | 'published' | null; updatedBy?: unknown }
}

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** The accepted proposals that wrote saves of the record, by the version id of each save. */
async function proposalsBySave(req: PayloadRequest, collection: LoggedCollection, id: number | string): Promise<Map<string, { id: number | string; receipt: string }>> {
  const { docs } = await req.payload.find({
    collection: 'proposals',
    where: { and: [{ targetCollection: { equals: collection } }, { 'decision.recordId': { equals: String(id) } }] },
    select: { receipt: true, decision: { versions: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(
    docs.flatMap((proposal) => {
      const versions = proposal.decision?.versions
      return (Array.isArray(versions) ? versions : []).map((version): [string, { id: number | string; receipt: string }] => [String(version), { id: proposal.id, receipt: proposal.receipt }])
    }),
  )
}

/**
 * Who changed what and when: one entry per save (a version), newest first, both languages of a
 * text in the same entry, as the difference to the save before. Bookkeeping (review stamp, link
 * check) is no field of the log: it writes no version.
 */
export async function recordChanges(req: PayloadRequest, collection: LoggedCollection, id: number | string): Promise<ChangeEntry[]> {
  const { payload } = req
  const { config } = payload.collections[collection]
  const columns = columnsOf(config.fields)
  const labels = fieldLabels(config.fields)
  const { docs } = await payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    locale: 'all',
    sort: 'updatedAt',
    pagination: false,
    req,
  })
  const rows = (docs as unknown as VersionRow[]).filter((row) => row.snapshot !== true)

  const index = slugIndex(req)
  await index.loadIds(linkedIds(rows.map((row) => row.version), columns))
  const flat = rows.map((row) => flatten(row.version, columns, index.slugOf))

  const nameOf = await authorNames(payload, rows.flatMap((row) => idOf(row.version.updatedBy) ?? []))
  const proposalOf = await proposalsBySave(req, collection, id)

  return rows
    .map((row, i): ChangeEntry => {
      const author = idOf(row.version.updatedBy)
      return {
        versionId: row.id,
        at: row.updatedAt,
        by: author === null ? null : { id: author, name: nameOf.get(String(author)) ?? `#${author}` },
        status: row.version._status === 'published' ? 'published' : 'draft',
        autosave: row.autosave === true,
        first: i === 0,
        proposal: proposalOf.get(String(row.id)) ?? null,
        changes: diff(i === 0 ? null : (flat[i - 1] ?? null), flat[i] ?? {}).map((change) => {
          const locale = /\.(de|en)$/.exec(change.column)?.[1] as Locale | undefined
          const field = locale ? change.column.slice(0, -3) : change.column
          const info = labels.get(field)
          return {
            field,
            locale: locale ?? null,
            label: info?.label ?? { de: field, en: field },
            before: change.before,
            after: change.after,
            ...(info?.options ? { options: info.options } : {}),
          }
        }),
      }
    })
    .reverse()
}
