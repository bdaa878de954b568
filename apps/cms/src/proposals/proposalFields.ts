import type { Label, Lang, ProposalCollection, ProposalField, ProposalFieldOption, ProposalFieldType } from '@vie/types'
import type { Field, PayloadRequest } from 'payload'

import { TITLE_FIELD } from '../admin/dashboard/context'
import { labelOf } from '../fields/validateOf'
import { type Column, columnsOf } from '../importExport/columns'
import { TEXT_LIMITS } from '../validation/length'
import { NEW_EVENT_REQUIRED, PROPOSABLE_FIELDS } from './allowList'

/** One proposable column with what a form and the validation need to know of its field. */
export type ProposableColumn = {
  column: Column
  field: Field
  label: Label
  type: ProposalFieldType
  maxLength?: number
  relationTo?: string
}

/** The field at a dot path, through rows, tabs, collapsibles and groups. */
function fieldAt(fields: Field[], path: string[]): Field | undefined {
  const [head, ...rest] = path
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      const inner = fieldAt(field.fields, path)
      if (inner) return inner
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? (tab.name === head ? fieldAt(tab.fields, rest) : undefined) : fieldAt(tab.fields, path)
        if (inner) return inner
      }
    } else if ('name' in field && field.name === head) {
      if (rest.length === 0) return field
      if (field.type === 'group') return fieldAt(field.fields, rest)
    }
  }
  return undefined
}

function typeOf(field: Field, key: string): ProposalFieldType {
  switch (field.type) {
    case 'textarea':
      return 'textarea'
    case 'number':
      return 'number'
    case 'email':
      return 'email'
    case 'checkbox':
      return 'boolean'
    case 'date':
      return key === 'start' || key === 'end' ? 'datetime' : 'date'
    case 'select':
      return field.hasMany ? 'multiselect' : 'select'
    case 'radio':
      return 'select'
    case 'relationship':
      return field.hasMany ? 'multiselect' : 'select'
    default:
      return /website|url$/i.test(key) ? 'url' : 'text'
  }
}

const maxLengthOf = (type: ProposalFieldType): number | undefined =>
  type === 'textarea' ? TEXT_LIMITS.prose : type === 'url' ? TEXT_LIMITS.url : type === 'email' ? TEXT_LIMITS.email : type === 'text' ? TEXT_LIMITS.line : undefined

/** The columns a proposal may change in a collection, in the order of the allow-list. */
export function proposableColumns(req: PayloadRequest, collection: ProposalCollection): ProposableColumn[] {
  const fields = req.payload.collections[collection].config.fields
  const columns = columnsOf(fields)
  return PROPOSABLE_FIELDS[collection].flatMap((path) => {
    const field = fieldAt(fields, path.split('.'))
    if (!field) return []
    const type = typeOf(field, path)
    return columns
      .filter((column) => column.key === path || column.key === `${path}.de` || column.key === `${path}.en`)
      .map((column) => ({
        column,
        field,
        label: labelOf(field),
        type,
        maxLength: maxLengthOf(type),
        relationTo: column.kind === 'relation' ? column.relationTo : undefined,
      }))
  })
}

const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = { de: { de: 'Deutsch', en: 'Englisch' }, en: { de: 'German', en: 'English' } }

/** Options of a select or radio field, labelled in `lang`. */
function selectOptions(field: Field, lang: Lang): ProposalFieldOption[] {
  if (field.type !== 'select' && field.type !== 'radio') return []
  return field.options.map((option) => {
    if (typeof option === 'string') return { value: option, label: option }
    const label = option.label
    const text = typeof label === 'object' && label !== null && lang in label ? String((label as Record<string, unknown>)[lang]) : String(label)
    return { value: option.value, label: text }
  })
}

/** Records a relation field may name, by slug, with their name in `lang`. */
async function relationOptions(req: PayloadRequest, relationTo: string, lang: Lang): Promise<ProposalFieldOption[]> {
  const title = TITLE_FIELD[relationTo as keyof typeof TITLE_FIELD] ?? 'name'
  const { docs } = await req.payload.find({
    collection: relationTo as ProposalCollection,
    locale: lang,
    depth: 0,
    pagination: false,
    sort: title,
    select: { slug: true, [title]: true },
    overrideAccess: false,
  })
  return (docs as unknown as Record<string, unknown>[]).flatMap((doc) =>
    typeof doc.slug === 'string' ? [{ value: doc.slug, label: String(doc[title] ?? doc.slug) }] : [],
  )
}

/** The form fields of a collection with the given current values (flattened like an export row). */
export async function formFields(req: PayloadRequest, collection: ProposalCollection, current: Record<string, unknown>, lang: Lang, isNew: boolean): Promise<ProposalField[]> {
  const options = new Map<string, ProposalFieldOption[]>()
  const fields: ProposalField[] = []
  for (const p of proposableColumns(req, collection)) {
    const locale = p.column.locale
    if (p.relationTo && !options.has(p.relationTo)) options.set(p.relationTo, await relationOptions(req, p.relationTo, lang))
    const choices = p.relationTo ? options.get(p.relationTo) : selectOptions(p.field, lang)
    const value = current[p.column.key]
    fields.push({
      key: p.column.key,
      label: locale ? `${p.label[lang]} (${LANGUAGE_NAMES[lang][locale]})` : p.label[lang],
      type: p.type,
      ...(locale ? { lang: locale } : {}),
      value: value === undefined ? null : (value as ProposalField['value']),
      ...(choices && choices.length ? { options: choices } : {}),
      ...(p.maxLength ? { maxLength: p.maxLength } : {}),
      ...(p.type === 'number' ? { min: 0 } : {}),
      ...(isNew && NEW_EVENT_REQUIRED.includes(p.column.key) ? { required: true } : {}),
    })
  }
  return fields
}
