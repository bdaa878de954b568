import type { FlattenedField } from 'payload'

type Values = Record<string, unknown>

const isValues = (value: unknown): value is Values => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Puts what the edit form holds in one locale into a record read with `locale: 'all'`: localized
 * fields get the form's value as that locale's text (the other locale keeps its stored text),
 * other fields take the form's value. Array rows are matched to stored rows by their id, so a
 * row's text in the other language stays with its row. Fields the form does not hold keep their
 * stored value.
 */
export function mergeLocale(fields: readonly FlattenedField[], stored: Values, edited: Values, locale: 'de' | 'en'): Values {
  const merged: Values = { ...stored }
  for (const field of fields) {
    if (!(field.name in edited)) continue
    const value = edited[field.name]
    const before = stored[field.name]
    if (field.localized) {
      merged[field.name] = { ...(isValues(before) ? before : {}), [locale]: value }
    } else if ((field.type === 'group' || field.type === 'tab') && isValues(value)) {
      merged[field.name] = mergeLocale(field.flattenedFields, isValues(before) ? before : {}, value, locale)
    } else if (field.type === 'array' && Array.isArray(value)) {
      const rows = Array.isArray(before) ? before.filter(isValues) : []
      merged[field.name] = value.filter(isValues).map((row) => mergeLocale(field.flattenedFields, rows.find((r) => r.id === row.id) ?? {}, row, locale))
    } else {
      merged[field.name] = value
    }
  }
  return merged
}
