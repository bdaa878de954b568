/**
 * A text in German with an optional English version, as written into the seed's records. The
 * upsert writes German first, then English; where English is missing, Payload's fallback shows
 * the German text.
 */
export class Localized {
  constructor(
    readonly de: string,
    readonly en?: string,
  ) {}
}

type Bilingual = { de: string; en?: string | null } | null | undefined

/** From a data-file text object ({ de, en }); empty when there is no German text. */
export const fromText = (text: Bilingual): Localized | null =>
  text?.de ? new Localized(text.de, text.en || undefined) : null

/** A German-only text (names, notes from the sources); English falls back to it. */
export const germanOnly = (text: string | null | undefined): Localized | null => (text ? new Localized(text) : null)

/** A record as the seed builds it: any text may be a Localized pair. */
export type Seedable<T> = T extends string
  ? T | Localized
  : T extends readonly (infer U)[]
    ? Seedable<U>[]
    : T extends object
      ? { [K in keyof T]?: Seedable<T[K]> | null }
      : T

export type Locale = 'de' | 'en'

const OMIT = Symbol('omit')

/**
 * The record as written in one locale. A text without English is left out of the English write
 * rather than copied, so the fallback keeps working and the German text stays the only source.
 */
export function inLocale<T>(record: Seedable<T>, locale: Locale): Partial<T> {
  return pick(record, locale) as Partial<T>
}

function pick(value: unknown, locale: Locale): unknown {
  if (value instanceof Localized) return locale === 'de' ? value.de : (value.en ?? OMIT)
  if (Array.isArray(value)) return value.map((item) => pick(item, locale))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) {
      const picked = pick(inner, locale)
      if (picked !== OMIT) out[key] = picked
    }
    return out
  }
  return value
}
