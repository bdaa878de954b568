import type { Lang } from '@vie/types'

import type { LocalizedValue } from './raw'

const isLocaleMap = (value: unknown): value is { de?: unknown; en?: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => key === 'de' || key === 'en')

const present = (value: unknown): boolean =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '') && !(Array.isArray(value) && value.length === 0)

/**
 * Picks the requested language of a field and notes the path in `fallback` when the other
 * language had to stand in: German for a missing English text, or English for a record proposed
 * in English whose German is not written yet. A field that is not localized is the same in both
 * languages and never falls back.
 */
export function pick<T>(value: LocalizedValue<T>, lang: Lang, path: string, fallback: string[]): T | null {
  if (!isLocaleMap(value)) return present(value) ? (value as T) : null
  const wanted = value[lang]
  if (present(wanted)) return wanted as T
  const other = value[lang === 'de' ? 'en' : 'de']
  if (present(other)) {
    fallback.push(path)
    return other as T
  }
  return null
}

/** Both languages' texts of a field, for the search index. */
export function allLanguages(value: LocalizedValue<string>): string[] {
  if (isLocaleMap(value)) return [value.de, value.en].filter((v): v is string => typeof v === 'string')
  return typeof value === 'string' ? [value] : []
}
