import type { Label } from '@vie/types'
import type { Field, GroupField } from 'payload'

import { languageName, WORKING_LANGUAGES } from '../partners/workingLanguages'
import { dateValidate } from './date'
import { localizedText, localizedTextarea } from './localized'
import { linkTo } from './relations'

const topicsAndText = (name: 'offers' | 'seeks', label: Label, description: Label): GroupField => ({
  name,
  type: 'group',
  label: { ...label },
  admin: { description: { ...description } },
  fields: [
    linkTo('topics', 'topics', { de: 'Themen', en: 'Topics' }),
    localizedTextarea({ name: 'text', label: { de: 'Kurzbeschreibung', en: 'Short description' } }),
  ],
})

const AS_OF: Label = { de: 'Stand des Profils', en: 'Profile as of' }

/**
 * What a municipality can show others and wants to learn: the input of the partner finder
 * (`src/partners`). The contact is a role, never a person, so the profile can be public.
 */
export const partnershipProfile: Field = {
  name: 'partnership',
  type: 'group',
  label: { de: 'Partnerschaftsprofil', en: 'Partnership profile' },
  admin: {
    description: {
      de: 'Grundlage der Partnervorschläge: was die Kommune anbieten kann und was sie lernen möchte.',
      en: 'Basis of the partner suggestions: what the municipality can offer and what it wants to learn.',
    },
  },
  fields: [
    topicsAndText(
      'offers',
      { de: 'Bietet an', en: 'Offers' },
      { de: 'Was andere Kommunen hier sehen und lernen können.', en: 'What other municipalities can see and learn here.' },
    ),
    topicsAndText(
      'seeks',
      { de: 'Sucht', en: 'Seeks' },
      { de: 'Wozu die Kommune Erfahrungen anderer sucht.', en: 'What the municipality wants to learn from others.' },
    ),
    {
      type: 'row',
      fields: [
        {
          name: 'workingLanguages',
          type: 'select',
          hasMany: true,
          label: { de: 'Arbeitssprachen', en: 'Working languages' },
          options: WORKING_LANGUAGES.map((code) => ({
            value: code,
            label: { de: `${languageName(code, 'de')} (${code})`, en: `${languageName(code, 'en')} (${code})` },
          })),
        },
        {
          name: 'openToPartnership',
          type: 'radio',
          label: { de: 'Offen für neue Partnerschaften', en: 'Open to new partnerships' },
          options: [
            { value: 'yes', label: { de: 'Ja', en: 'Yes' } },
            { value: 'not-now', label: { de: 'Derzeit nicht', en: 'Not now' } },
          ],
        },
        {
          name: 'asOf',
          type: 'date',
          label: { ...AS_OF },
          validate: dateValidate(AS_OF),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { de: 'Ansprechstelle', en: 'Contact' },
      admin: {
        description: {
          de: 'Eine Funktion und Dienststelle, keine Person; optional ein Sammelpostfach.',
          en: 'A function and department, not a person; optionally a shared mailbox.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            localizedText({ name: 'function', label: { de: 'Funktion', en: 'Function' } }),
            localizedText({ name: 'department', label: { de: 'Dienststelle', en: 'Department' } }),
            { name: 'email', type: 'email', label: { de: 'Sammelpostfach (E-Mail)', en: 'Shared mailbox (e-mail)' } },
          ],
        },
      ],
    },
  ],
}

/** The partner finder's suggestions for the record being edited (calls `/public/v1/partners`). */
export const suggestedPartnersPanel: Field = {
  name: 'suggestedPartners',
  type: 'ui',
  label: { de: 'Vorgeschlagene Partner', en: 'Suggested partners' },
  admin: { components: { Field: '/components/admin/partners/SuggestedPartners' } },
}
