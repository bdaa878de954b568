import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { localizedTextarea } from '../fields/localized'
import { nameAndSlug } from '../fields/nameAndSlug'
import { linkedFrom } from '../fields/relations'
import { REFERENCE } from './groups'

/** The shared vocabulary of themes that networks, tandems, events and projects are tagged with. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: {
    singular: { de: 'Thema', en: 'Topic' },
    plural: { de: 'Themen', en: 'Topics' },
  },
  graphQL: { singularName: 'Topic', pluralName: 'Topics' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'slug'],
    group: { ...REFERENCE },
  },
  defaultSort: 'slug',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    ...nameAndSlug('label', { de: 'Bezeichnung', en: 'Label' }),
    localizedTextarea({ name: 'description', label: { de: 'Beschreibung', en: 'Description' } }),
    linkedFrom('networks', 'networks', 'themes', { de: 'Netzwerke', en: 'Networks' }),
    linkedFrom('tandems', 'tandems', 'topics', { de: 'Tandems', en: 'Tandems' }),
    linkedFrom('events', 'events', 'topics', { de: 'Veranstaltungen', en: 'Events' }),
  ],
}
