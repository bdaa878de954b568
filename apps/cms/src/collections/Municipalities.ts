import { municipalityKinds, municipalitySizeClasses } from '@vie/types'
import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { sizeClassOf } from '../domain/sizeClassOf'
import { countField } from '../fields/count'
import { countryField } from '../fields/country'
import { localizedText } from '../fields/localized'
import { optionsFrom } from '../fields/options'
import { partnershipProfile, suggestedPartnersPanel } from '../fields/partnershipProfile'
import { nameAndSlug } from '../fields/nameAndSlug'
import { linkedFrom } from '../fields/relations'
import { reviewedFields } from '../fields/reviewed'
import { urlField } from '../fields/web'
import { yearField } from '../fields/year'
import { reviewActions } from '../admin/reviewActions'
import { linkCheckFields } from '../fields/linkCheck'
import { keepInternalFields } from '../hooks/keepInternalFields'
import { BILINGUAL_SEARCH, LIST_PAGINATION } from '../admin/bilingual/listAdmin'
import { bilingualListFields, fillBilingualListFields } from '../admin/bilingual/listFields'
import { sortByLocalizedName } from '../admin/bilingual/sortByLocalizedName'
import { RECORDS } from './groups'

/**
 * A city, district or region. Its networks, tandems and events are reverse relations (join
 * fields): they are kept on the network, tandem or event, and only shown here.
 */
export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: {
    singular: { de: 'Kommune', en: 'Municipality' },
    plural: { de: 'Kommunen', en: 'Municipalities' },
  },
  graphQL: { singularName: 'Municipality', pluralName: 'Municipalities' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'sizeClass', 'region', 'translationStatus'],
    listSearchableFields: BILINGUAL_SEARCH,
    pagination: LIST_PAGINATION,
    group: { ...RECORDS },
    components: reviewActions,
  },
  defaultSort: 'name',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeOperation: [sortByLocalizedName], beforeChange: [keepInternalFields, fillBilingualListFields] },
  fields: [
    ...nameAndSlug('name', { de: 'Name', en: 'Name' }),
    {
      name: 'gazetteerSuggestion',
      type: 'ui',
      admin: { components: { Field: '/components/admin/municipalities/GazetteerSuggestion' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'municipality',
          label: { de: 'Art', en: 'Kind' },
          options: optionsFrom(municipalityKinds),
        },
        countryField({ required: true }),
        localizedText({ name: 'region', label: { de: 'Region / Bundesland', en: 'Region / state' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        countField('population', { de: 'Einwohnerzahl', en: 'Population' }),
        yearField('populationYear', { de: 'Stand der Einwohnerzahl (Jahr)', en: 'Population as of (year)' }),
        {
          name: 'populationSource',
          type: 'text',
          label: { de: 'Quelle der Einwohnerzahl', en: 'Source of the population' },
        },
        {
          name: 'sizeClass',
          type: 'select',
          label: { de: 'Stadt- und Gemeindetyp (BBSR)', en: 'Size class (BBSR)' },
          options: optionsFrom(municipalitySizeClasses),
          admin: {
            readOnly: true,
            description: {
              de: 'Wird aus der Einwohnerzahl abgeleitet.',
              en: 'Derived from the population.',
            },
          },
          hooks: {
            // Derived on every save so it can never disagree with the population.
            beforeChange: [
              ({ siblingData, previousSiblingDoc }) =>
                sizeClassOf(
                  (siblingData.population !== undefined ? siblingData.population : previousSiblingDoc?.population) as
                    | number
                    | null
                    | undefined,
                ),
            ],
          },
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      label: { de: 'Lage', en: 'Location' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', min: -90, max: 90, label: { de: 'Breitengrad', en: 'Latitude' } },
            { name: 'lng', type: 'number', min: -180, max: 180, label: { de: 'Längengrad', en: 'Longitude' } },
          ],
        },
      ],
    },
    {
      name: 'strategyDocument',
      type: 'group',
      label: { de: 'Strategiedokument', en: 'Strategy document' },
      fields: [
        localizedText({ name: 'title', label: { de: 'Titel', en: 'Title' } }),
        urlField('url', { de: 'Webadresse des Strategiedokuments', en: 'Strategy document address' }),
      ],
    },
    urlField('website', { de: 'Webseite', en: 'Website' }),
    partnershipProfile,
    suggestedPartnersPanel,
    linkedFrom('networks', 'networks', 'germanMunicipalities', { de: 'Netzwerke', en: 'Networks' }),
    linkedFrom('tandems', 'tandems', 'municipalities', { de: 'Tandems', en: 'Tandems' }),
    linkedFrom('events', 'events', 'municipalities', { de: 'Veranstaltungen', en: 'Events' }),
    ...reviewedFields,
    ...linkCheckFields,
    ...bilingualListFields,
  ],
}
