import type { Field } from 'payload'

import { isEditorField } from '../access/isEditor'
import { dateValidate } from './date'
import { existingRecords } from './existingRecords'

const internal = { read: isEditorField, create: isEditorField, update: isEditorField }

/** When and by whom a record was last checked; internal, set by a "mark as reviewed" action. */
export const reviewedFields: Field[] = [
  {
    name: 'reviewedAt',
    type: 'date',
    label: { de: 'Zuletzt geprüft am', en: 'Last reviewed on' },
    validate: dateValidate({ de: 'Zuletzt geprüft am', en: 'Last reviewed on' }),
    access: internal,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    filterOptions: existingRecords,
    label: { de: 'Zuletzt geprüft von', en: 'Last reviewed by' },
    access: internal,
    admin: { position: 'sidebar', readOnly: true },
  },
]
