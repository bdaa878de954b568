import type { Field } from 'payload'

import { isEditorField } from '../access/isEditor'
import { existingRecords } from './existingRecords'

/**
 * Who saved this state of the record. Versions copy the whole document, so each version carries
 * its author – Payload records none by default. Set by the stampUpdatedBy hook, never by hand.
 */
export const updatedByField: Field = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  filterOptions: existingRecords,
  label: { de: 'Zuletzt geändert von', en: 'Last changed by' },
  access: { read: isEditorField, create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}
