import type { Label } from '@vie/types'
import { type ArrayField, type EmailField, type TextField, validations } from 'payload'

import { checkEmail } from '../validation/email'
import { inLanguageOf } from '../validation/messages'
import { checkHttpUrl } from '../validation/url'
import { composeValidate } from './composeValidate'
import { TEXT_LIMITS } from '../validation/length'

/** A web address (http or https). */
export function urlField(name: string, label: Label): TextField {
  return {
    name,
    type: 'text',
    label: { ...label },
    maxLength: TEXT_LIMITS.url,
    admin: { placeholder: 'https://' },
    validate: composeValidate(validations.text, (value) => checkHttpUrl(value, label)),
  }
}

/** An e-mail address; Payload's own e-mail rule is replaced because its message names no field. */
export function emailField(name: string, label: Label): EmailField {
  return {
    name,
    type: 'email',
    label: { ...label },
    validate: (value, { req }) => inLanguageOf(req, checkEmail(value, label)),
  }
}

const WEBSITE: Label = { de: 'Webadresse', en: 'Web address' }

/** Several web addresses, one a row, each checked. */
export const websitesField: ArrayField = {
  name: 'websites',
  type: 'array',
  label: { de: 'Webseiten', en: 'Websites' },
  labels: { singular: { de: 'Webseite', en: 'Website' }, plural: { de: 'Webseiten', en: 'Websites' } },
  fields: [{ ...urlField('url', WEBSITE), required: true }],
}
