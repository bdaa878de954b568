import { eventAudiences, eventKinds, eventModes, eventStatuses } from '@vie/types'
import type { CollectionConfig, DateField } from 'payload'

import { editorialRecordAccess } from '../access/editorialRecord'
import { dateValidate } from '../fields/date'
import { countField } from '../fields/count'
import { countryField } from '../fields/country'
import { localizedText, localizedTextarea } from '../fields/localized'
import { nameAndSlug } from '../fields/nameAndSlug'
import { optionsFrom } from '../fields/options'
import { linkTo } from '../fields/relations'
import { urlField } from '../fields/web'
import { checkNotBefore } from '../validation/order'
import { timeZoneValidate } from '../validation/timeZone'
import { linkCheckFields } from '../fields/linkCheck'
import { updatedByField } from '../fields/updatedBy'
import { keepInternalFields } from '../hooks/keepInternalFields'
import { stampUpdatedBy } from '../hooks/stampUpdatedBy'
import { endZoneFollowsStart } from '../hooks/endZoneFollowsStart'
import { BILINGUAL_SEARCH, LIST_PAGINATION } from '../admin/bilingual/listAdmin'
import { bilingualListFields, fillBilingualListFields } from '../admin/bilingual/listFields'
import { sortByLocalizedName } from '../admin/bilingual/sortByLocalizedName'
import { RECORDS } from './groups'
import { draftVersions } from './versions'

const START = { de: 'Beginn', en: 'Start' }
const END = { de: 'Ende', en: 'End' }

export const DEFAULT_EVENT_TIMEZONE = 'Europe/Berlin'

/** A point in time with its own time zone (stored beside it as `<name>_tz`; any IANA zone, see payload.config). */
const moment = (name: string, label: { de: string; en: string }, defaultTimezone?: string): DateField => ({
  name,
  type: 'date',
  label: { ...label },
  validate: dateValidate(label),
  admin: { date: { pickerAppearance: 'dayAndTime' } },
  timezone: {
    defaultTimezone,
    override: ({ baseField }) => {
      const zoneLabel = { de: `${label.de}: Zeitzone`, en: `${label.en}: time zone` }
      return { ...baseField, label: zoneLabel, validate: timeZoneValidate(zoneLabel) }
    },
  },
})

/**
 * Conferences, workshops and meetings of the project and its tandems, and external events they
 * refer to. Which municipalities an event concerns is stored here (`municipalities`) so each
 * municipality can list its events as a join field.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: {
    singular: { de: 'Veranstaltung', en: 'Event' },
    plural: { de: 'Veranstaltungen', en: 'Events' },
  },
  graphQL: { singularName: 'Event', pluralName: 'Events' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'status', 'translationStatus', '_status'],
    listSearchableFields: BILINGUAL_SEARCH,
    pagination: LIST_PAGINATION,
    group: { ...RECORDS },
  },
  defaultSort: '-start',
  access: editorialRecordAccess,
  versions: draftVersions({ schedulePublish: true }),
  hooks: { beforeOperation: [sortByLocalizedName], beforeChange: [stampUpdatedBy, keepInternalFields, endZoneFollowsStart, fillBilingualListFields] },
  fields: [
    ...nameAndSlug('title', { de: 'Titel', en: 'Title' }),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: { de: 'Art', en: 'Kind' },
          options: optionsFrom(eventKinds),
        },
        {
          name: 'mode',
          type: 'select',
          label: { de: 'Format', en: 'Mode' },
          options: optionsFrom(eventModes),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          label: { de: 'Veranstaltungsstatus', en: 'Event status' },
          options: optionsFrom(eventStatuses),
          admin: { components: { Cell: '/components/admin/events/EventStatusCell' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        moment('start', START, DEFAULT_EVENT_TIMEZONE),
        {
          // No default of its own: the end zone follows the start zone (endZoneFollowsStart).
          ...moment('end', END),
          validate: dateValidate(END, (value, { siblingData }) =>
            checkNotBefore((siblingData as { start?: string | null }).start, value as string | null, { start: START, end: END }),
          ),
        },
      ],
    },
    {
      name: 'endZoneFollowsStart',
      type: 'ui',
      admin: { components: { Field: '/components/admin/events/EndZoneFollowsStart' } },
    },
    {
      name: 'allDay',
      type: 'checkbox',
      label: { de: 'Ganztägig', en: 'All day' },
      admin: {
        description: {
          de: 'Nur die Tage zählen: Beginn und Ende sind Mitternacht in der Zeitzone, das Ende ist der letzte Tag.',
          en: 'Only the days count: start and end are midnight in the time zone, the end is the last day.',
        },
      },
    },
    localizedText({
      name: 'dateNote',
      label: { de: 'Zeitangabe als Text', en: 'Date as text' },
      description: {
        de: 'Wenn kein genaues Datum bekannt ist, z. B. „Sommer 2024“.',
        en: 'When no exact date is known, e.g. "summer 2024".',
      },
    }),
    {
      type: 'row',
      fields: [
        localizedText({ name: 'venue', label: { de: 'Veranstaltungsort', en: 'Venue' } }),
        localizedText({ name: 'city', label: { de: 'Stadt', en: 'City' } }),
        countryField(),
      ],
    },
    {
      type: 'row',
      fields: [
        urlField('onlineUrl', { de: 'Online-Zugang', en: 'Online URL' }),
        urlField('registrationUrl', { de: 'Anmeldung', en: 'Registration URL' }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          label: { de: 'Zielgruppe', en: 'Audience' },
          options: optionsFrom(eventAudiences),
        },
        countField('participantsCount', { de: 'Anzahl Teilnehmende', en: 'Number of participants' }),
      ],
    },
    localizedTextarea({ name: 'summary', label: { de: 'Zusammenfassung', en: 'Summary' } }),
    localizedText({ name: 'organizer', label: { de: 'Veranstalter', en: 'Organizer' } }),
    linkTo('relatedTandems', 'tandems', { de: 'Tandems', en: 'Tandems' }),
    linkTo('relatedNetworks', 'networks', { de: 'Netzwerke', en: 'Networks' }),
    linkTo('municipalities', 'municipalities', { de: 'Beteiligte Kommunen', en: 'Municipalities involved' }, {
      description: {
        de: 'Gastgebende und teilnehmende Kommunen, z. B. die der beteiligten Tandems.',
        en: 'Host and participating municipalities, e.g. those of the tandems involved.',
      },
    }),

    linkTo('topics', 'topics', { de: 'Themen', en: 'Topics' }),
    updatedByField,
    ...linkCheckFields,
    ...bilingualListFields,
  ],
}
