import type { Label } from '@vie/types'

import type { Column } from './columns'
import type { FlatRow, RelationId } from './flatRecord'
import { importMessages as m } from './messages'

/**
 * Which columns one write carries: the German write takes everything that is not English, the
 * English write only English text; array rows in the English write repeat their other fields
 * because Payload replaces a row as a whole.
 */
export type Pass = 'de' | 'en' | 'enRow'

const carries = (column: Column, pass: Pass): boolean => {
  if (column.kind === 'rows') return pass !== 'en' || column.columns.some((c) => c.locale === 'en' || (c.kind === 'rows' && carries(c, 'en')))
  if (pass === 'de') return column.locale !== 'en'
  if (pass === 'en') return column.locale === 'en'
  return column.locale !== 'de'
}

const setIn = (target: Record<string, unknown>, path: string[], value: unknown): void => {
  const last = path.length - 1
  let node = target
  path.forEach((key, i) => {
    if (i === last) node[key] = value
    else node = (node[key] ??= {}) as Record<string, unknown>
  })
}

export type Resolver = (collection: string, slug: string) => Promise<RelationId | undefined>

export type BuildContext = {
  resolve: Resolver
  /** Links to records of the imported collection that appear later in the same file. */
  deferrable: (column: Extract<Column, { kind: 'relation' }>, slug: string) => boolean
}

export type Built = {
  data: Record<string, unknown>
  errors: { column: string; message: Label }[]
  /** Self-links written after every record of the file exists. */
  deferred: Extract<Column, { kind: 'relation' }>[]
}

/**
 * The data of one write for Payload: values at their field paths, slugs turned into ids, and
 * (English write) the ids of the array rows the German write created.
 */
export async function buildData(columns: Column[], row: FlatRow, pass: Pass, ctx: BuildContext, rowIds: (path: string[]) => RelationId[] = () => []): Promise<Built> {
  const built: Built = { data: {}, errors: [], deferred: [] }
  for (const column of columns) {
    if (!(column.key in row) || !carries(column, pass)) continue
    const value = row[column.key]
    if (column.kind === 'rows') {
      const ids = pass === 'en' ? rowIds(column.path) : []
      const rows = []
      for (const [i, sub] of (value as FlatRow[]).entries()) {
        const inner = await buildData(column.columns, sub, pass === 'en' ? 'enRow' : pass, { ...ctx, deferrable: () => false })
        built.errors.push(...inner.errors.map((e) => ({ ...e, column: `${column.key}.${i + 1}.${e.column}` })))
        rows.push(ids[i] === undefined ? inner.data : { id: ids[i], ...inner.data })
      }
      setIn(built.data, column.path, rows)
      continue
    }
    if (column.kind !== 'relation') {
      setIn(built.data, column.path, value)
      continue
    }
    const slugs = column.hasMany ? (value as string[]) : value === null ? [] : [value as string]
    const ids: RelationId[] = []
    let defer = false
    for (const slug of slugs) {
      const id = await ctx.resolve(column.relationTo, slug)
      if (id !== undefined) ids.push(id)
      else if (ctx.deferrable(column, slug)) defer = true
      else built.errors.push({ column: column.key, message: m.unknownLink(column.relationTo, slug) })
    }
    if (defer) built.deferred.push(column)
    else setIn(built.data, column.path, column.hasMany ? ids : (ids[0] ?? null))
  }
  return built
}
