import type { Label } from '@vie/types'
import { type DateField, validations } from 'payload'

import { checkCalendarDate } from '../validation/date'
import type { Check } from '../validation/messages'
import { composeValidate } from './composeValidate'

type DateValidate = NonNullable<DateField['validate']>
type DateOptions = Parameters<DateValidate>[1]

/**
 * The `validate` every date field uses: Payload's check, then a real calendar date in range
 * (`checkCalendarDate`), then whatever else the field needs (`more`).
 */
export function dateValidate(label: Label, more?: (value: unknown, options: DateOptions) => Check): DateValidate {
  return composeValidate(validations.date, (value: unknown, options: DateOptions) => {
    const calendar = checkCalendarDate(value, label)
    return calendar === true && more ? more(value, options) : calendar
  }) as DateValidate
}
