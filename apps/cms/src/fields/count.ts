import type { Label } from '@vie/types'
import { type NumberField, validations } from 'payload'

import { checkPositiveInteger } from '../validation/population'
import { composeValidate } from './composeValidate'

/** A number of things (inhabitants, members, participants): a whole number above zero. */
export const countField = (name: string, label: Label): NumberField => ({
  name,
  type: 'number',
  label: { ...label },
  admin: { step: 1 },
  validate: composeValidate(validations.number, (value) => checkPositiveInteger(value, label)),
})
