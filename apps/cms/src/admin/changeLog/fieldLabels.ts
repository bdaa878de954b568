import type { Label } from '@vie/types'
import type { Field } from 'payload'

import { labelOf } from '../../fields/validateOf'

const STATUS: Label = { de: 'Status (Entwurf/veröffentlicht)', en: 'Status (draft/published)' }

/**
 * The label of every field by its path (`runtime.kind`), as the columns of the export name them:
 * layout (rows, unnamed tabs) vanishes, groups and named tabs prefix their children.
 */
export function fieldLabels(fields: Field[], prefix: string[] = [], into = new Map<string, Label>()): Map<string, Label> {
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
    into.set(path.join('.'), field.name === '_status' ? STATUS : labelOf(field))
    if (field.type === 'group') fieldLabels(field.fields, path, into)
  }
  return into
}
