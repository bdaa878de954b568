import type { FlattenedField } from 'payload'

/** One text kept in German and English, named by its path in the document. */
export type TextPair = { path: string; de: string; en: string }

type Doc = Record<string, unknown>
type Locale = 'de' | 'en'

const asDoc = (value: unknown): Doc => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {})
const asText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

function pairOf(stored: unknown, saved: { present: boolean; value: unknown }, locale: Locale | 'all'): { de: string; en: string } {
  const both = asDoc(stored)
  const pair = { de: asText(both.de), en: asText(both.en) }
  if (!saved.present) return pair
  if (locale === 'all') return { de: asText(asDoc(saved.value).de), en: asText(asDoc(saved.value).en) }
  return { ...pair, [locale]: asText(saved.value) }
}

/**
 * Every localized text and textarea of a record in both languages, as they will be after this
 * save: `stored` is the record read with `locale: 'all'` (empty on create), `data` what the
 * save writes in `locale`. Groups and named tabs are walked; array rows are matched by id.
 */
export function localizedTexts(fields: FlattenedField[], stored: Doc, data: Doc | undefined, locale: Locale | 'all', prefix = ''): TextPair[] {
  return fields.flatMap((field): TextPair[] => {
    const path = `${prefix}${field.name}`
    const present = data !== undefined && field.name in data
    const value = present ? data[field.name] : undefined
    switch (field.type) {
      case 'text':
      case 'textarea':
        return field.localized ? [{ path, ...pairOf(stored[field.name], { present, value }, locale) }] : []
      case 'group':
      case 'tab':
        return localizedTexts(field.flattenedFields, asDoc(stored[field.name]), present ? asDoc(value) : undefined, locale, `${path}.`)
      case 'array': {
        const storedRows = Array.isArray(stored[field.name]) ? (stored[field.name] as Doc[]) : []
        const rows = present && Array.isArray(value) ? (value as Doc[]) : storedRows
        return rows.flatMap((row, index) => {
          const storedRow = storedRows.find((candidate) => candidate.id !== undefined && candidate.id === row.id) ?? {}
          return localizedTexts(field.flattenedFields, asDoc(storedRow), present ? asDoc(row) : undefined, locale, `${path}.${index}.`)
        })
      }
      default:
        return []
    }
  })
}
