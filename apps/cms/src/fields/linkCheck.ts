import type { Field } from 'payload'

import { isEditorField } from '../access/isEditor'

const internal = { read: isEditorField, create: () => false, update: () => false }

/**
 * The last link check of the record's web addresses, written by the link-check job and the
 * dashboard's "ignore this link" only. The sidebar shows it through LinkCheckSummary; the raw
 * values stay hidden.
 */
export const linkCheckFields: Field[] = [
  {
    name: 'linkCheck',
    type: 'group',
    label: { de: 'Linkprüfung', en: 'Link check' },
    access: internal,
    admin: { hidden: true },
    fields: [
      { name: 'checkedAt', type: 'date', label: { de: 'Geprüft am', en: 'Checked on' } },
      { name: 'brokenCount', type: 'number', label: { de: 'Fehlerhafte Links', en: 'Broken links' } },
      { name: 'results', type: 'json', label: { de: 'Ergebnisse', en: 'Results' } },
      // Addresses an editor has accepted as they are (a site that refuses robots, say): still
      // checked, no longer counted or listed as broken.
      { name: 'ignoredUrls', type: 'json', label: { de: 'Ignorierte Links', en: 'Ignored links' } },
    ],
  },
  {
    name: 'linkCheckSummary',
    type: 'ui',
    label: { de: 'Linkprüfung', en: 'Link check' },
    admin: { position: 'sidebar', components: { Field: '/components/admin/linkCheck/LinkCheckSummary' } },
  },
]
