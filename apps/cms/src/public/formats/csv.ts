/** A cell: text, a number, a yes/no, or nothing. */
export type CsvCell = string | number | boolean | null | undefined

/** Spreadsheets run cells starting with these as formulas (CWE-1236). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One RFC 4180 field. Text that a spreadsheet would execute gets a leading apostrophe, which
 * spreadsheets show as plain text; numbers keep their sign because they are not text.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** Undoes `csvField`'s formula guard, for consumers that read the file back. */
export const unguard = (field: string): string => (/^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field)

export type CsvColumn<T> = { header: string; value: (row: T) => CsvCell }

/**
 * UTF-8 with a byte order mark (so spreadsheet programs detect the encoding), CRLF line ends,
 * a header row, every record on its own line (RFC 4180).
 */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** Lists inside one cell: `a | b | c`, the separator chosen because it is rare in names and titles. */
export const LIST_SEPARATOR = ' | '
export const joinList = (values: readonly (string | number)[]): string => values.join(LIST_SEPARATOR)
