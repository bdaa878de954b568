import type { Field } from 'payload'

import { checkMaxLength, TEXT_LIMITS } from '../validation/length'
import { inLanguageOf } from '../validation/messages'
import { mapDataFields } from './mapDataFields'
import { type AnyValidate, labelOf, validateOf } from './validateOf'

const defaultLimit = (field: Field): number | undefined =>
  field.type === 'text' ? TEXT_LIMITS.line : field.type === 'textarea' ? TEXT_LIMITS.prose : undefined

/**
 * Gives every text and textarea a `maxLength` (its own, or the default of its kind) and checks it
 * first with a message naming field, limit and length: Payload's own says neither field nor
 * length, and its check on lists of texts counts the list, not each text.
 */
export function limitTexts(fields: Field[]): Field[] {
  return mapDataFields(fields, (field) => {
    const fallback = defaultLimit(field)
    if (fallback === undefined || (field.type !== 'text' && field.type !== 'textarea')) return field
    const maxLength = field.maxLength ?? fallback
    const label = labelOf(field)
    const next = validateOf(field)
    const validate: AnyValidate = (value, options) => {
      const tooLong = checkMaxLength(value, label, maxLength)
      return tooLong === true ? next(value, options) : inLanguageOf(options.req, tooLong)
    }
    return { ...field, maxLength, validate } as Field
  })
}
