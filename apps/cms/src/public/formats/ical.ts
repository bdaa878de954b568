/**
 * An RFC 5545 writer: content lines, TEXT escaping, folding, and the date-time forms. It knows
 * nothing about events; `icalEvents.ts` maps records onto it.
 */

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Parameter values with `:;,` must be quoted; quotes themselves cannot appear (RFC 6868 aside). */
function paramValue(value: string): string {
  const clean = value.replace(/"/g, "'")
  return /[:;,]/.test(clean) ? `"${clean}"` : clean
}

/** UTF-8 length of one code point. */
const octetsOf = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/**
 * Folds a content line so no physical line exceeds 75 octets (§3.1). Cuts fall between code
 * points, never inside a UTF-8 sequence or a surrogate pair. Most lines are short: they are
 * returned as they are after one length check.
 */
export function foldLine(line: string): string {
  if (line.length <= 75 && Buffer.byteLength(line) <= 75) return line
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = octetsOf(char.codePointAt(0) ?? 0)
    if (octets + size > 75) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join('\r\n')
}

export type Params = Record<string, string>

/** One content line, folded. `value` must already be in its value type's form (see `escapeText`). */
export function contentLine(name: string, value: string, params: Params = {}): string {
  const paramText = Object.entries(params)
    .map(([key, v]) => `;${key}=${paramValue(v)}`)
    .join('')
  return foldLine(`${name}${paramText}:${value}`)
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** DATE-TIME in UTC: `20241210T090000Z`. */
export function utcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  )
}

/** Floating DATE-TIME form used with TZID: `20241210T100000`. */
export function localDateTime(p: { year: number; month: number; day: number; hour: number; minute: number; second: number }): string {
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`
}

/** DATE from an ISO calendar date: `2024-12-10` → `20241210`. */
export const dateValue = (isoDate: string): string => isoDate.slice(0, 10).replace(/-/g, '')

/** A component: BEGIN, its lines, END. Lines are already folded content lines or nested components. */
export const component = (name: string, lines: string[]): string[] => [`BEGIN:${name}`, ...lines, `END:${name}`]

/** The stream: CRLF after every line, including the last (§3.1). */
export const serialize = (lines: string[]): string => `${lines.join('\r\n')}\r\n`
