import type { Label } from '@vie/types'
import { type TextareaField, type TextField, validations } from 'payload'

import { composeValidate } from './composeValidate'
import { GERMAN_REQUIRED, germanRequired } from './germanRequired'

type LocalizedOptions = {
  name: string
  label: Label
  /** The German text is required for publishing; English falls back to it. */
  required?: boolean
  description?: Label
}

const REQUIRED_HINT: Label = { de: 'Pflichtfeld auf Deutsch; Englisch ist optional.', en: 'Required in German; English is optional.' }

/**
 * What a one-line text and a paragraph kept in German and English have in common. `Field` is
 * the admin component that shows the German text as placeholder where English is empty.
 */
const common = ({ name, label, required, description }: LocalizedOptions, Field: string) => ({
  name,
  localized: true,
  label: { ...label },
  admin: {
    ...(required || description ? { description: { ...(description ?? REQUIRED_HINT) } } : {}),
    components: { Field },
  },
  custom: required ? { [GERMAN_REQUIRED]: true } : undefined,
})

/** A one-line text kept in German and English. */
export const localizedText = (options: LocalizedOptions): TextField => ({
  ...common(options, '/components/admin/bilingual/LocalizedTextField'),
  type: 'text',
  validate: options.required ? composeValidate(validations.text, germanRequired(options.label)) : undefined,
})

/** Prose kept in German and English: plain text, no rich text editor. */
export const localizedTextarea = (options: LocalizedOptions): TextareaField => ({
  ...common(options, '/components/admin/bilingual/LocalizedTextareaField'),
  type: 'textarea',
  validate: options.required ? composeValidate(validations.textarea, germanRequired(options.label)) : undefined,
})
