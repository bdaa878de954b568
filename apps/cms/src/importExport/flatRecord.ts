import type { Column } from './columns'

/** One record as exported: column key → value, array fields as lists of such records. */
export type FlatRow = { [key: string]: FlatValue }
export type FlatValue = string | number | boolean | null | string[] | FlatRow[] | { [key: string]: unknown } | unknown[]

export type RelationId = string | number

/** Maps the ids of linked records to their slugs (filled before `flatten` runs). */
export type SlugOf = (collection: string, id: RelationId) => string | undefined

const at = (doc: unknown, path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

const idOf = (value: unknown): RelationId | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/** Empty text and missing values read the same: a CSV cell cannot tell them apart. */
const text = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value))

/** The value of one column in a document read with `locale=all`. */
function cellOf(doc: unknown, column: Column, slugOf: SlugOf): FlatValue {
  const raw = at(doc, column.path)
  const value = column.locale && raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)[column.locale] : raw
  switch (column.kind) {
    case 'text':
      return text(value)
    case 'number':
      return typeof value === 'number' ? value : null
    case 'boolean':
      return typeof value === 'boolean' ? value : null
    case 'json':
      return value === undefined ? null : (value as FlatValue)
    case 'list':
      return Array.isArray(value) ? value.map(String) : []
    case 'relation': {
      const slugs = (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]).flatMap((v) => {
        const id = idOf(v)
        const slug = id === undefined ? undefined : slugOf(column.relationTo, id)
        return slug ? [slug] : []
      })
      return column.hasMany ? slugs : (slugs[0] ?? null)
    }
    case 'rows':
      return Array.isArray(value) ? value.map((row) => flatten(row, column.columns, slugOf)) : []
  }
}

export const flatten = (doc: unknown, columns: Column[], slugOf: SlugOf): FlatRow =>
  Object.fromEntries(columns.map((column) => [column.key, cellOf(doc, column, slugOf)]))

/** Every linked id per collection, so their slugs can be fetched in one query each. */
export function linkedIds(docs: unknown[], columns: Column[], into = new Map<string, Set<RelationId>>()): Map<string, Set<RelationId>> {
  for (const doc of docs) {
    for (const column of columns) {
      const raw = at(doc, column.path)
      if (column.kind === 'rows') {
        if (Array.isArray(raw)) linkedIds(raw, column.columns, into)
        continue
      }
      if (column.kind !== 'relation') continue
      const value = column.locale && raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)[column.locale] : raw
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = idOf(item)
        if (id === undefined) continue
        const ids = into.get(column.relationTo) ?? new Set<RelationId>()
        ids.add(id)
        into.set(column.relationTo, ids)
      }
    }
  }
  return into
}

const same = (a: FlatValue, b: FlatValue): boolean => JSON.stringify(a) === JSON.stringify(b)

export type Change = { column: string; before: FlatValue; after: FlatValue }

/** The columns whose values differ; `before` is null for a new record. */
export const diff = (before: FlatRow | null, after: FlatRow): Change[] =>
  Object.keys(after).flatMap((column) => {
    const old = before ? (before[column] ?? null) : null
    const now = after[column] ?? null
    const empty = (v: FlatValue) => v === null || (Array.isArray(v) && v.length === 0)
    if (before === null ? empty(now) : same(old, now)) return []
    return [{ column, before: old, after: now }]
  })

const blank = (value: FlatValue | undefined): boolean => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Whether a file's record would change nothing stored: each value it gives equals the stored one
 * (array rows on the columns the file gives for them; empty is empty however written).
 */
export function changesNothing(columns: Column[], given: FlatRow, stored: FlatRow): boolean {
  return columns.every((column) => {
    if (!(column.key in given)) return true
    const value = given[column.key]
    const current = stored[column.key]
    if (blank(value) || blank(current)) return blank(value) && blank(current)
    if (column.kind !== 'rows') return same(value ?? null, current ?? null)
    const rows = value as FlatRow[]
    const storedRows = current as FlatRow[]
    return rows.length === storedRows.length && rows.every((row, i) => changesNothing(column.columns, row, storedRows[i] ?? {}))
  })
}
