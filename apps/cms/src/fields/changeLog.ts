import type { UIField } from 'payload'

/** The record's change log in the edit view's sidebar (src/admin/changeLog). */
export const changeLogField: UIField = {
  name: 'changeLog',
  type: 'ui',
  label: { de: 'Änderungsprotokoll', en: 'Change log' },
  admin: { position: 'sidebar', components: { Field: '/components/admin/changeLog/ChangeLog' } },
}
