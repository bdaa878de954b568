import type { Field } from 'payload'

/**
 * Applies `change` to every field that holds data, however deep it sits in rows, tabs, groups,
 * collapsibles, array rows and blocks; layout stays as it is.
 */
export function mapDataFields(fields: Field[], change: (field: Field) => Field): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'row':
      case 'collapsible':
        return { ...field, fields: mapDataFields(field.fields, change) }
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapDataFields(tab.fields, change) })) }
      case 'group':
      case 'array':
        return change({ ...field, fields: mapDataFields(field.fields, change) } as Field)
      case 'blocks':
        return change({
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: mapDataFields(block.fields, change) })),
        })
      case 'ui':
      case 'join':
        return field
      default:
        return change(field)
    }
  })
}
