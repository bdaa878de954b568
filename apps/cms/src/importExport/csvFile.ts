import { parse } from 'csv-parse/sync'

import { joinList, LIST_SEPARATOR, toCsv, unguard, type CsvCell } from '../public/formats/csv'
import type { Column } from './columns'
import type { FlatRow, FlatValue } from './flatRecord'
import { importMessages as m } from './messages'
import { FileError, type ParsedFile } from './parsedFile'

/** Lists of slugs and options join with ` | `; array rows and JSON values are JSON text. */
function cell(column: Column, value: FlatValue | undefined): CsvCell {
  if (value === undefined || value === null) return null
  if (column.kind === 'rows' || column.kind === 'json') return Array.isArray(value) && value.length === 0 ? null : JSON.stringify(value)
  if (Array.isArray(value)) return joinList(value as string[])
  return value as CsvCell
}

export const toCsvFile = (columns: Column[], rows: FlatRow[]): string =>
  toCsv(
    columns.map((column) => ({ header: column.key, value: (row: FlatRow) => cell(column, row[column.key]) })),
    rows,
  )

/** A CSV cell turned back into its column's type (undoing the formula guard first). */
function typed(column: Column | undefined, raw: string): unknown {
  const text = unguard(raw)
  if (!column || text === '') return text
  switch (column.kind) {
    case 'number':
      return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : text
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text
    case 'list':
      return text.split(LIST_SEPARATOR)
    case 'relation':
      return column.hasMany ? text.split(LIST_SEPARATOR) : text
    case 'rows':
    case 'json':
      try {
        return JSON.parse(text) as unknown
      } catch {
        return text
      }
    default:
      return text
  }
}

export function parseCsvFile(columns: Column[], content: string): ParsedFile {
  let lines: string[][]
  try {
    lines = parse(content, { bom: true, relax_column_count: false, skip_empty_lines: true }) as string[][]
  } catch (error) {
    throw new FileError(m.notCsv(error instanceof Error ? error.message : String(error)))
  }
  const [header, ...body] = lines
  if (!header || body.length === 0) throw new FileError(m.empty)
  const byKey = new Map(columns.map((c) => [c.key, c]))
  const keys = header.map((h) => h.trim())
  return {
    keys,
    records: body.map((line) => Object.fromEntries(keys.map((key, i) => [key, typed(byKey.get(key), line[i] ?? '')]))),
  }
}
