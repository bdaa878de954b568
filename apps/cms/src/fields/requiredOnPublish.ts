import type { Field } from 'payload'

import { savesPublished } from '../validation/publishing'
import { mapDataFields } from './mapDataFields'
import { type AnyValidate, validateOf } from './validateOf'

/**
 * In a collection with drafts, `required` holds for what is published: a draft may be saved
 * incomplete. Format rules (addresses, years, slugs, lengths) still hold for drafts, which is why
 * the collections keep `drafts.validate` on and only the `required` part is lifted here. Checks
 * that mean "complete" read the `required` they are given (e.g. the tandem's municipalities).
 */
export function requireOnPublishOnly(fields: Field[]): Field[] {
  return mapDataFields(fields, (field) => {
    if (!('required' in field) || field.required !== true) return field
    const next = validateOf(field)
    const validate: AnyValidate = (value, options) =>
      next(value, savesPublished(options) ? options : { ...options, required: false })
    return { ...field, validate } as Field
  })
}
