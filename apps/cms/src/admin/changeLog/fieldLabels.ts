import type { Label } from '@vie/types'
import type { Field } from 'payload'

import { labelOf } from '../../fields/validateOf'

const STATUS: Label = { de: 'Status (Entwurf/veröffentlicht)', en: 'Status (draft/published)' }
const STATUS_OPTIONS: Record<string, Label> = { draft: { de: 'Entwurf', en: 'draft' }, published: { de: 'veröffentlicht', en: 'published' } }

/** The labels of a select field's values, where they are given in both languages. */
export type OptionLabels = Record<string, Label>

function optionLabels(field: Field): OptionLabels | undefined {
  if (field.type !== 'select' && field.type !== 'radio') return undefined
  if (field.name === '_status') return STATUS_OPTIONS
  const entries = field.options.flatMap((option) => {
    if (typeof option === 'string') return [[option, { de: option, en: option }] as const]
    const { label, value } = option
    return label && typeof label === 'object' && 'de' in label && 'en' in label ? [[value, { de: String(label.de), en: String(label.en) }] as const] : []
  })
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

export type FieldInfo = { label: Label; options?: OptionLabels }

/**
 * The label (and the labels of its values, for a select) of every field by its path
 * (`runtime.kind`), as the columns of the export name them: layout (rows, unnamed tabs) vanishes,
 * groups and named tabs prefix their children.
 */
export function fieldLabels(fields: Field[], prefix: string[] = [], into = new Map<string, FieldInfo>()): Map<string, FieldInfo> {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      fieldLabels(field.fields, prefix, into)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) fieldLabels(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix, into)
      continue
    }
    if (!('name' in field)) continue
    const path = [...prefix, field.name]
    into.set(path.join('.'), { label: field.name === '_status' ? STATUS : labelOf(field), options: optionLabels(field) })
    if (field.type === 'group') fieldLabels(field.fields, path, into)
  }
  return into
}
