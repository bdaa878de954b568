const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' }

/** Latin letters that carry their stroke or ligature in the letter itself, so NFD leaves them alone. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' }

const stripMarks = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łđøæœıþð]/g, (c) => UNDECOMPOSED[c] ?? c)

const words = (text: string): string =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Case and accents removed: `Köln` → `koln`, `Alba Iulia` → `alba iulia`, `Straße` → `strasse`. */
export const foldAccents = (text: string): string => words(stripMarks(text.toLowerCase().replace(/ß/g, 'ss')))

/** The German spelling without umlauts: `Köln` → `koeln`, `Düsseldorf` → `duesseldorf`. */
export const foldGerman = (text: string): string =>
  words(stripMarks(text.toLowerCase().replace(/[äöüßẞ]/g, (c) => GERMAN[c] ?? c)))

/**
 * The searchable form of some texts: both foldings side by side, so `Koln`, `Köln` and `Koeln`
 * all find Köln.
 */
export function searchText(texts: readonly (string | null | undefined)[]): string {
  const joined = texts.filter(Boolean).join(' ')
  return ` ${foldAccents(joined)} ${foldGerman(joined)} `
}

/** A query's words; each must occur (as a word start or inside a word) in a record's search text. */
export function queryTerms(query: string): string[][] {
  const accent = foldAccents(query).split(' ').filter(Boolean)
  const german = foldGerman(query).split(' ').filter(Boolean)
  return accent.map((word, i) => [...new Set([word, german[i] ?? word])])
}

export const matchesTerms = (text: string, terms: string[][]): boolean =>
  terms.every((alternatives) => alternatives.some((word) => text.includes(word)))
