import type { Label } from '@vie/types'

import type { Column } from './columns'
import type { FlatRow, FlatValue } from './flatRecord'
import { importMessages as m } from './messages'

export type Decoded = { value: FlatValue } | { error: Label; column: string }

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((item) => typeof item === 'string')

/**
 * A value from a JSON file (or a CSV cell already split into its type) checked against its
 * column; array rows are checked column by column too.
 */
export function decodeValue(column: Column, value: unknown): Decoded {
  const fail = (error: Label): Decoded => ({ error, column: column.key })
  if (value === undefined || value === null || value === '') {
    return { value: column.kind === 'list' || column.kind === 'rows' || (column.kind === 'relation' && column.hasMany) ? [] : null }
  }
  switch (column.kind) {
    case 'text':
      return typeof value === 'string' ? { value } : fail(m.notText)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : fail(m.notNumber)
    case 'boolean':
      return typeof value === 'boolean' ? { value } : fail(m.notBoolean)
    case 'json':
      return { value: value as FlatValue }
    case 'list':
      return isStringList(value) ? { value } : fail(m.notList)
    case 'relation':
      if (column.hasMany) return isStringList(value) ? { value } : fail(m.notList)
      return typeof value === 'string' ? { value } : fail(m.notText)
    case 'rows': {
      if (!Array.isArray(value) || !value.every((row) => row && typeof row === 'object' && !Array.isArray(row))) return fail(m.notRows)
      const rows: FlatRow[] = []
      for (const row of value as Record<string, unknown>[]) {
        const decoded = decodeRow(column.columns, row)
        if ('error' in decoded) return { error: decoded.error, column: `${column.key}.${decoded.column}` }
        rows.push(decoded.row)
      }
      return { value: rows }
    }
  }
}

/** A record's known columns, checked; columns the record leaves out stay out (left unchanged). */
export function decodeRow(columns: Column[], record: Record<string, unknown>): { row: FlatRow } | { error: Label; column: string } {
  const row: FlatRow = {}
  for (const column of columns) {
    if (!(column.key in record)) continue
    const decoded = decodeValue(column, record[column.key])
    if ('error' in decoded) return decoded
    row[column.key] = decoded.value
  }
  return { row }
}

/** Keys of the file that name no column: a typo there would otherwise be dropped silently. */
export const unknownKeys = (columns: Column[], keys: string[]): string[] => {
  const known = new Set(columns.map((c) => c.key))
  return keys.filter((key) => !known.has(key))
}
