import { TEXT_LIMITS } from './length'
import type { Check } from './messages'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a value from outside (a URL, a request body) can name a record at all. */
export const isSlug = (value: unknown): value is string => typeof value === 'string' && value.length <= TEXT_LIMITS.slug && SLUG_PATTERN.test(value)

const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' }
// Letters that Unicode does not decompose into base letter + accent.
const OTHER_LETTERS: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', đ: 'd', Đ: 'd' }

/** A URL-safe slug from a name, spelling German umlauts out ("Köln" → "koeln"). */
export function slugify(text: string): string {
  return text
    .replace(/[äöüßÄÖÜ]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .replace(/[łŁøØæÆđĐ]/g, (letter) => OTHER_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const SLUG_LABEL = { de: 'Kurzname (Slug)', en: 'Slug' }

/** Lower-case letters, digits and single hyphens, as used in URLs. */
export function checkSlugFormat(value: unknown): Check {
  if (typeof value === 'string' && SLUG_PATTERN.test(value)) return true
  return {
    de: `${SLUG_LABEL.de}: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (z. B. „hamm-arezzo“).`,
    en: `${SLUG_LABEL.en}: only lower-case letters a–z, digits and single hyphens (e.g. "hamm-arezzo").`,
  }
}

export const slugTaken = (slug: string): Check => ({
  de: `${SLUG_LABEL.de}: „${slug}“ ist bereits vergeben. Bitte einen anderen wählen.`,
  en: `${SLUG_LABEL.en}: "${slug}" is already used. Choose another one.`,
})
