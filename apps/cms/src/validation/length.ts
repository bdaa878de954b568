import type { Label } from '@vie/types'

import type { Check } from './messages'

/**
 * How long a text may be, in characters (README, "Limits"). Generous against the studies' longest
 * texts (about 900 characters of prose, 120 in one line) and small enough that every record
 * travels in one request.
 */
export const TEXT_LIMITS = {
  /** One-line texts: names, titles, places, notes of a line. */
  line: 300,
  /** Prose: goals, results, summaries and the like. */
  prose: 5_000,
  /** Web addresses. */
  url: 2_000,
  /** Slugs, the records' part of the public URL. */
  slug: 100,
  /** E-mail addresses (RFC 5321). */
  email: 254,
} as const

const grouped = (n: number, locale: 'de' | 'en'): string => n.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB')

/**
 * At most `max` characters (each of several values, for a field holding a list of texts). The
 * message names the field, the limit and how long the text is, so a 5 MB paste is found at once.
 */
export function checkMaxLength(value: unknown, field: Label, max: number): Check {
  const texts = Array.isArray(value) ? value : [value]
  const longest = Math.max(0, ...texts.map((text) => (typeof text === 'string' ? text.length : 0)))
  if (longest <= max) return true
  return {
    de: `${field.de}: höchstens ${grouped(max, 'de')} Zeichen erlaubt, eingegeben sind ${grouped(longest, 'de')}. Bitte kürzen.`,
    en: `${field.en}: at most ${grouped(max, 'en')} characters allowed, this text has ${grouped(longest, 'en')}. Please shorten it.`,
  }
}
