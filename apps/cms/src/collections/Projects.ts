import { projectSizeClasses } from '@vie/types'
import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { localizedText, localizedTextarea } from '../fields/localized'
import { nameAndSlug } from '../fields/nameAndSlug'
import { optionsFrom } from '../fields/options'
import { linkTo } from '../fields/relations'
import { yearField } from '../fields/year'
import { RECORDS } from './groups'

/**
 * A funded model project of "Modellprojekte Smart Cities". Linked to the programme's network, which
 * lists its projects through a join field. Not public: the issue grants anonymous callers only
 * networks, tandems, events, municipalities, topics and media.
 */
export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: {
    singular: { de: 'Modellprojekt', en: 'Model project' },
    plural: { de: 'Modellprojekte', en: 'Model projects' },
  },
  graphQL: { singularName: 'Project', pluralName: 'Projects' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'projectTitle', 'sizeClass', 'state'],
    group: { ...RECORDS },
  },
  defaultSort: 'slug',
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    ...nameAndSlug('name', { de: 'Name', en: 'Name' }),
    localizedText({ name: 'projectTitle', label: { de: 'Projekttitel', en: 'Project title' } }),
    localizedTextarea({ name: 'motto', label: { de: 'Leitmotiv', en: 'Motto' } }),
    {
      type: 'row',
      fields: [
        {
          name: 'sizeClass',
          type: 'select',
          label: { de: 'Größenklasse', en: 'Size class' },
          options: optionsFrom(projectSizeClasses),
        },
        localizedText({ name: 'state', label: { de: 'Bundesland', en: 'State' } }),
      ],
    },
    linkTo('leadMunicipality', 'municipalities', { de: 'Federführende Kommune', en: 'Lead municipality' }, { hasMany: false }),
    linkTo('partnerMunicipalities', 'municipalities', { de: 'Partnerkommunen', en: 'Partner municipalities' }),
    {
      name: 'otherPartners',
      type: 'text',
      hasMany: true,
      label: { de: 'Weitere Partner', en: 'Other partners' },
      admin: {
        description: {
          de: 'Partner, die (noch) nicht als Kommune im Register stehen.',
          en: 'Partners that are not (yet) municipalities in the register.',
        },
      },
    },
    linkTo('themes', 'topics', { de: 'Themen', en: 'Themes' }),
    localizedTextarea({ name: 'summary', label: { de: 'Zusammenfassung', en: 'Summary' } }),
    {
      type: 'row',
      fields: [
        {
          name: 'round',
          type: 'number',
          label: { de: 'Staffel', en: 'Round' },
          admin: { step: 1 },
          min: 1,
        },
        yearField('year', { de: 'Jahr der Auswahl', en: 'Year selected' }),
      ],
    },
    linkTo('network', 'networks', { de: 'Förderprogramm (Netzwerk)', en: 'Funding programme (network)' }, { hasMany: false }),
  ],
}
