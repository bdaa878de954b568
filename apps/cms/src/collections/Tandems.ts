import { tandemFormats, tandemKinds, tandemStatuses } from '@vie/types'
import { type CollectionConfig, validations } from 'payload'

import { editorialRecordAccess } from '../access/editorialRecord'
import { composeValidate } from '../fields/composeValidate'
import { localizedText, localizedTextarea } from '../fields/localized'
import { nameAndSlug } from '../fields/nameAndSlug'
import { optionsFrom } from '../fields/options'
import { linkedFrom, linkTo } from '../fields/relations'
import { reviewedFields } from '../fields/reviewed'
import { emailField } from '../fields/web'
import { yearField } from '../fields/year'
import { checkNotBefore } from '../validation/order'
import { checkTandemMunicipalities } from '../validation/tandemMunicipalities'
import { reviewActions } from '../admin/reviewActions'
import { updatedByField } from '../fields/updatedBy'
import { keepInternalFields } from '../hooks/keepInternalFields'
import { stampUpdatedBy } from '../hooks/stampUpdatedBy'
import { BILINGUAL_SEARCH, LIST_PAGINATION } from '../admin/bilingual/listAdmin'
import { bilingualListFields, fillBilingualListFields } from '../admin/bilingual/listFields'
import { sortByLocalizedName } from '../admin/bilingual/sortByLocalizedName'
import { RECORDS } from './groups'
import { draftVersions } from './versions'

const FROM = { de: 'Von (Jahr)', en: 'From (year)' }
const TO = { de: 'Bis (Jahr)', en: 'To (year)' }

/** A list of short statements, each kept in German and English. */
const statementList = (name: string, label: { de: string; en: string }, singular: { de: string; en: string }) => ({
  name,
  type: 'array' as const,
  label: { ...label },
  labels: { singular: { ...singular }, plural: { ...label } },
  fields: [localizedTextarea({ name: 'text', label: { ...singular }, required: true })],
})

/** A partnership of two (tandem) or three (tridem) municipalities. */
export const Tandems: CollectionConfig = {
  slug: 'tandems',
  labels: {
    singular: { de: 'Tandem', en: 'Tandem' },
    plural: { de: 'Tandems', en: 'Tandems' },
  },
  graphQL: { singularName: 'Tandem', pluralName: 'Tandems' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'translationStatus', '_status'],
    listSearchableFields: BILINGUAL_SEARCH,
    pagination: LIST_PAGINATION,
    group: { ...RECORDS },
    components: reviewActions,
  },
  defaultSort: 'title',
  access: editorialRecordAccess,
  versions: draftVersions(),
  hooks: { beforeOperation: [sortByLocalizedName], beforeChange: [stampUpdatedBy, keepInternalFields, fillBilingualListFields] },
  fields: [
    ...nameAndSlug('title', { de: 'Titel', en: 'Title' }),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'tandem',
          label: { de: 'Art', en: 'Kind' },
          options: optionsFrom(tandemKinds),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'continuing',
          label: { de: 'Status', en: 'Status' },
          options: optionsFrom(tandemStatuses),
        },
      ],
    },
    localizedTextarea({
      name: 'statusReason',
      label: { de: 'Begründung des Status', en: 'Reason for the status' },
    }),
    linkTo('municipalities', 'municipalities', { de: 'Kommunen', en: 'Municipalities' }, {
      required: true,
      validate: composeValidate(validations.relationship, (value, { siblingData, required }) =>
        checkTandemMunicipalities(
          value as (string | number | { id: string | number })[] | null | undefined,
          (siblingData as { kind?: unknown }).kind,
          { complete: required === true },
        ),
      ),
    }),

    {
      name: 'period',
      type: 'group',
      label: { de: 'Zeitraum', en: 'Period' },
      fields: [
        {
          type: 'row',
          fields: [
            yearField('from', FROM),
            {
              // May lie ahead (a planned end), so only its order is checked, not the year range.
              name: 'to',
              type: 'number',
              label: { ...TO },
              admin: { step: 1 },
              validate: composeValidate(validations.number, (value, { siblingData }) =>
                checkNotBefore((siblingData as { from?: number | null }).from, value as number | null, { start: FROM, end: TO }),
              ),
            },
            {
              name: 'approximate',
              type: 'checkbox',
              label: { de: 'Zeitraum geschätzt', en: 'Period approximate' },
            },
          ],
        },
      ],
    },
    localizedTextarea({ name: 'matchingReason', label: { de: 'Warum diese Partner', en: 'Why these partners' } }),
    localizedTextarea({ name: 'challenges', label: { de: 'Herausforderungen', en: 'Challenges' } }),
    localizedTextarea({ name: 'jointProjects', label: { de: 'Gemeinsame Vorhaben', en: 'Joint projects' } }),
    statementList('results', { de: 'Ergebnisse', en: 'Results' }, { de: 'Ergebnis', en: 'Result' }),
    statementList(
      'lessons',
      { de: 'Erkenntnisse für andere Kommunen', en: 'Lessons for other municipalities' },
      { de: 'Erkenntnis', en: 'Lesson' },
    ),
    linkTo('topics', 'topics', { de: 'Themen', en: 'Topics' }),
    {
      name: 'formats',
      type: 'select',
      hasMany: true,
      label: { de: 'Formate', en: 'Formats' },
      options: optionsFrom(tandemFormats),
    },
    linkTo('sharedNetworks', 'networks', { de: 'Gemeinsame Netzwerke der Partner', en: 'Networks the partners share' }),
    linkedFrom('events', 'events', 'relatedTandems', { de: 'Veranstaltungen', en: 'Events' }),
    {
      name: 'contacts',
      type: 'array',
      label: { de: 'Ansprechstellen', en: 'Contacts' },
      labels: { singular: { de: 'Ansprechstelle', en: 'Contact' }, plural: { de: 'Ansprechstellen', en: 'Contacts' } },
      admin: {
        description: {
          de: 'Funktionen und Funktionsadressen, keine persönlichen Daten.',
          en: 'Roles and role addresses, no personal data.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            localizedText({ name: 'function', label: { de: 'Funktion', en: 'Function' }, required: true }),
            localizedText({ name: 'department', label: { de: 'Fachbereich', en: 'Department' } }),
          ],
        },
        {
          type: 'row',
          fields: [
            linkTo('municipality', 'municipalities', { de: 'Kommune', en: 'Municipality' }, { hasMany: false }),
            emailField('email', { de: 'E-Mail', en: 'E-mail' }),
          ],
        },
      ],
    },
    ...reviewedFields,
    updatedByField,
    ...bilingualListFields,
  ],
}
