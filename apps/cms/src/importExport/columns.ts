import type { Field } from 'payload'

import { BILINGUAL_LIST_FIELD_NAMES } from '../admin/bilingual/listFields'
import { INTERNAL_FIELDS } from '../hooks/keepInternalFields'
import { type EditorialSlug, isEditorialSlug } from './collections'

export const LOCALES = ['de', 'en'] as const
export type Locale = (typeof LOCALES)[number]

type Base = {
  /** The column header: the field path, plus `.de`/`.en` for a localized field. */
  key: string
  /** Where the value sits in a document read with `locale=all`. */
  path: string[]
  locale?: Locale
}

/** One exported column, or the rows of an array field (kept together in one cell). */
export type Column =
  | (Base & { kind: 'text' | 'number' | 'boolean' | 'json' })
  | (Base & { kind: 'list' })
  | (Base & { kind: 'relation'; relationTo: EditorialSlug; hasMany: boolean })
  | (Base & { kind: 'rows'; columns: Column[] })

/**
 * Payload's own bookkeeping (`id` differs per database, the rest Payload sets itself), and the
 * fields only the review endpoint, the link check and the list hook write: an import could not set
 * them anyway, and a change log would list them as edits.
 */
const SKIPPED_NAMES = new Set<string>(['id', 'createdAt', 'updatedAt', ...INTERNAL_FIELDS, ...BILINGUAL_LIST_FIELD_NAMES])

const localizedKeys = (base: Omit<Base, 'locale'>, localized: boolean): Base[] =>
  localized ? LOCALES.map((locale) => ({ ...base, key: `${base.key}.${locale}`, locale })) : [base]

/**
 * The columns of a collection, derived from its fields: layout fields (rows, unnamed tabs)
 * vanish, groups prefix their children, localized fields give one column per language,
 * relations to editorial records are written as slugs. Joins are derived and uploads and users
 * are not editorial records, so neither is exported.
 */
export function columnsOf(fields: Field[], prefix: string[] = []): Column[] {
  return fields.flatMap((field): Column[] => {
    if (field.type === 'row' || field.type === 'collapsible') return columnsOf(field.fields, prefix)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? columnsOf(tab.fields, [...prefix, tab.name]) : columnsOf(tab.fields, prefix)))
    }
    if (!('name' in field) || SKIPPED_NAMES.has(field.name)) return []
    const path = [...prefix, field.name]
    const key = path.join('.')
    const localized = 'localized' in field && field.localized === true
    switch (field.type) {
      case 'group':
        return columnsOf(field.fields, path)
      case 'array':
        return [{ key, path, kind: 'rows', columns: columnsOf(field.fields) }]
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
      case 'date':
      case 'radio':
        return field.type === 'text' && field.hasMany
          ? localizedKeys({ key, path }, localized).map((b) => ({ ...b, kind: 'list' }))
          : localizedKeys({ key, path }, localized).map((b) => ({ ...b, kind: 'text' }))
      case 'select':
        return localizedKeys({ key, path }, localized).map((b) => ({ ...b, kind: field.hasMany ? 'list' : 'text' }))
      case 'number':
        return localizedKeys({ key, path }, localized).map((b) => ({ ...b, kind: field.hasMany ? 'json' : 'number' }))
      case 'checkbox':
        return localizedKeys({ key, path }, localized).map((b) => ({ ...b, kind: 'boolean' }))
      case 'json':
      case 'point':
        return localizedKeys({ key, path }, localized).map((b) => ({ ...b, kind: 'json' }))
      case 'relationship': {
        const { relationTo } = field
        if (!isEditorialSlug(relationTo)) return []
        return localizedKeys({ key, path }, localized).map((b) => ({ ...b, kind: 'relation', relationTo, hasMany: field.hasMany === true }))
      }
      default:
        return []
    }
  })
}

/** Every relation column, also those inside array rows. */
export const relationColumns = (columns: Column[]): Extract<Column, { kind: 'relation' }>[] =>
  columns.flatMap((c) => (c.kind === 'relation' ? [c] : c.kind === 'rows' ? relationColumns(c.columns) : []))

/** The columns holding one language: its localized fields, and array rows that contain some. */
export const localizedColumns = (columns: Column[], locale: Locale): Column[] =>
  columns.flatMap((c): Column[] => {
    if (c.kind !== 'rows') return c.locale === locale ? [c] : []
    return localizedColumns(c.columns, locale).length > 0 ? [c] : []
  })
