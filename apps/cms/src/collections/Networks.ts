import {
  foundingInitiatives,
  foundingSubtypes,
  geographicScopes,
  memberTypes,
  networkCategories,
  networkFormats,
  runtimeKinds,
} from '@vie/types'
import { dateValidate } from '../fields/date'
import { type CollectionConfig, type SelectFieldSingleValidation, validations } from 'payload'

import { editorialRecordAccess } from '../access/editorialRecord'
import { composeValidate } from '../fields/composeValidate'
import { countField } from '../fields/count'
import { existingRecords } from '../fields/existingRecords'
import { localizedText, localizedTextarea } from '../fields/localized'
import { optionsFrom } from '../fields/options'
import { linkedFrom, linkTo } from '../fields/relations'
import { reviewedFields } from '../fields/reviewed'
import { slugField } from '../fields/slug'
import { emailField, websitesField } from '../fields/web'
import { yearField } from '../fields/year'
import { inLanguageOf } from '../validation/messages'
import { checkNotBefore } from '../validation/order'
import { checkPositiveInteger } from '../validation/population'
import { checkSubtypeMatchesInitiative } from '../validation/subtype'
import { reviewActions } from '../admin/reviewActions'
import { linkCheckFields } from '../fields/linkCheck'
import { updatedByField } from '../fields/updatedBy'
import { keepInternalFields } from '../hooks/keepInternalFields'
import { stampUpdatedBy } from '../hooks/stampUpdatedBy'
import { ALLOWED_IMAGE_FORMATS } from '../uploads/svgUpload'
import { BILINGUAL_SEARCH, LIST_PAGINATION, withTitleCell } from '../admin/bilingual/listAdmin'
import { bilingualListFields, fillBilingualListFields } from '../admin/bilingual/listFields'
import { sortByLocalizedName } from '../admin/bilingual/sortByLocalizedName'
import { RECORDS } from './groups'
import { draftVersions } from './versions'

const FOUNDED_YEAR = { de: 'Gründungsjahr', en: 'Founded year' }
const END_YEAR = { de: 'Endjahr', en: 'End year' }

/** A network profile as the study's "Steckbrief" describes it, plus the study's classification. */
export const Networks: CollectionConfig = {
  slug: 'networks',
  labels: {
    singular: { de: 'Netzwerk', en: 'Network' },
    plural: { de: 'Netzwerke', en: 'Networks' },
  },
  graphQL: { singularName: 'Network', pluralName: 'Networks' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'foundingInitiative', 'translationStatus', '_status'],
    listSearchableFields: BILINGUAL_SEARCH,
    pagination: LIST_PAGINATION,
    group: { ...RECORDS },
    components: reviewActions,
  },
  defaultSort: 'name',
  access: editorialRecordAccess,
  versions: draftVersions(),
  hooks: { beforeOperation: [sortByLocalizedName], beforeChange: [stampUpdatedBy, keepInternalFields, fillBilingualListFields] },
  fields: [
    {
      type: 'row',
      fields: [
        withTitleCell(localizedText({ name: 'name', label: { de: 'Name', en: 'Name' }, required: true })),
        { name: 'acronym', type: 'text', label: { de: 'Abkürzung', en: 'Acronym' } },
      ],
    },
    slugField('name'),
    {
      type: 'tabs',
      tabs: [
        {
          label: { de: 'Einordnung', en: 'Classification' },
          fields: [
            {
              name: 'category',
              type: 'select',
              required: true,
              label: { de: 'Kategorie', en: 'Category' },
              options: optionsFrom(networkCategories),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'foundingInitiative',
                  type: 'select',
                  required: true,
                  label: { de: 'Gründungsinitiative', en: 'Founding initiative' },
                  options: optionsFrom(foundingInitiatives),
                },
                {
                  name: 'foundingSubtype',
                  type: 'select',
                  label: { de: 'Untertyp', en: 'Sub-type' },
                  options: optionsFrom(foundingSubtypes),
                  admin: { components: { Field: '/components/admin/networks/SubtypeSelect' } },
                  validate: ((value, options) => {
                    const check = checkSubtypeMatchesInitiative(value, (options.siblingData as { foundingInitiative?: unknown }).foundingInitiative)
                    return check === true ? validations.select(value, options) : inLanguageOf(options.req, check)
                  }) satisfies SelectFieldSingleValidation,
                },
              ],
            },
            localizedTextarea({ name: 'typologyNote', label: { de: 'Hinweis zur Einordnung', en: 'Note on the classification' } }),
            {
              type: 'row',
              fields: [
                yearField('foundedYear', FOUNDED_YEAR),
                {
                  name: 'runtime',
                  type: 'group',
                  label: { de: 'Laufzeit', en: 'Runtime' },
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        {
                          name: 'kind',
                          type: 'select',
                          required: true,
                          defaultValue: 'unknown',
                          label: { de: 'Art', en: 'Kind' },
                          options: optionsFrom(runtimeKinds),
                        },
                        {
                          name: 'endYear',
                          type: 'number',
                          label: { ...END_YEAR },
                          admin: { step: 1, condition: (_, siblingData) => siblingData?.kind === 'limited' },
                          validate: composeValidate(validations.number, (value, { data }) => {
                            const integer = checkPositiveInteger(value, END_YEAR)
                            if (integer !== true) return integer
                            return checkNotBefore((data as { foundedYear?: number | null }).foundedYear, value as number | null | undefined, {
                              start: FOUNDED_YEAR,
                              end: END_YEAR,
                            })
                          }),
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            localizedTextarea({ name: 'foundedNote', label: { de: 'Zur Gründung', en: 'About the founding' } }),
            localizedTextarea({ name: 'initiators', label: { de: 'Initiatoren', en: 'Initiators' } }),
            localizedTextarea({ name: 'carriers', label: { de: 'Trägerschaft', en: 'Carriers' } }),
            localizedTextarea({ name: 'funding', label: { de: 'Finanzierung', en: 'Funding' } }),
          ],
        },
        {
          label: { de: 'Ziele und Mitglieder', en: 'Goals and members' },
          fields: [
            localizedTextarea({ name: 'goals', label: { de: 'Ziele und Arbeitsweise', en: 'Goals and working method' } }),
            localizedTextarea({ name: 'focus', label: { de: 'Inhaltlicher Fokus', en: 'Thematic focus' } }),
            {
              name: 'members',
              type: 'group',
              label: { de: 'Mitglieder', en: 'Members' },
              fields: [
                localizedTextarea({ name: 'summary', label: { de: 'Überblick', en: 'Summary' } }),
                {
                  type: 'row',
                  fields: [
                    countField('memberCount', { de: 'Anzahl Mitglieder', en: 'Number of members' }),
                    countField('countryCount', { de: 'Anzahl Länder', en: 'Number of countries' }),
                  ],
                },
                {
                  name: 'memberTypes',
                  type: 'select',
                  hasMany: true,
                  label: { de: 'Art der Mitglieder', en: 'Member types' },
                  options: optionsFrom(memberTypes),
                },
              ],
            },
            linkTo(
              'germanMunicipalities',
              'municipalities',
              { de: 'Beteiligte deutsche Kommunen', en: 'Participating German municipalities' },
              { filterOptions: { country: { equals: 'DE' } } },
            ),

            {
              name: 'otherGermanParticipants',
              type: 'text',
              hasMany: true,
              label: { de: 'Weitere deutsche Beteiligte', en: 'Other German participants' },
              admin: {
                description: {
                  de: 'Regionen, Länder, Verbände und Unternehmen, die keine Kommunen sind.',
                  en: 'Regions, states, associations and companies that are not municipalities.',
                },
              },
            },
            {
              name: 'geographicScope',
              type: 'select',
              label: { de: 'Räumlicher Bezug', en: 'Geographic scope' },
              options: optionsFrom(geographicScopes),
            },
          ],
        },
        {
          label: { de: 'Themen und Ergebnisse', en: 'Themes and results' },
          fields: [
            linkTo('themes', 'topics', { de: 'Themen', en: 'Themes' }),
            {
              name: 'formats',
              type: 'select',
              hasMany: true,
              label: { de: 'Vernetzungsformate', en: 'Networking formats' },
              options: optionsFrom(networkFormats),
            },
            localizedTextarea({ name: 'results', label: { de: 'Zentrale Ergebnisse', en: 'Central results' } }),
            linkTo('relatedNetworks', 'networks', { de: 'Verwandte Netzwerke', en: 'Related networks' }, {
              filterOptions: ({ id }) => (id === undefined ? true : { id: { not_equals: id } }),
            }),

            linkedFrom('fundedProjects', 'projects', 'network', { de: 'Geförderte Projekte', en: 'Funded projects' }),

          ],
        },
        {
          label: { de: 'Kontakt und Quelle', en: 'Contact and source' },
          fields: [
            websitesField,
            emailField('contactEmail', { de: 'Kontakt-E-Mail', en: 'Contact e-mail' }),
            localizedText({ name: 'sourceNote', label: { de: 'Quelle', en: 'Source' } }),
            {
              name: 'infoAsOf',
              type: 'date',
              label: { de: 'Informationsstand', en: 'Information as of' },
              validate: dateValidate({ de: 'Informationsstand', en: 'Information as of' }),
              admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MM/yyyy' } },
            },
            {
              name: 'logo',
              type: 'upload',
              relationTo: 'media',
              filterOptions: existingRecords,
              label: { de: 'Logo', en: 'Logo' },
              admin: { description: { ...ALLOWED_IMAGE_FORMATS } },
            },
          ],
        },
      ],
    },
    ...reviewedFields,
    updatedByField,
    ...linkCheckFields,
    ...bilingualListFields,
  ],
}
