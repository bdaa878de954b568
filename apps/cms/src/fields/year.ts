import type { Label } from '@vie/types'
import { type NumberField, validations } from 'payload'

import { checkYear } from '../validation/year'
import { composeValidate } from './composeValidate'

/** A past or current year (1900 up to today). */
export function yearField(name: string, label: Label): NumberField {
  return {
    name,
    type: 'number',
    label: { ...label },
    admin: { step: 1 },
    validate: composeValidate(validations.number, (value) => checkYear(value, label)),
  }
}
