import type { Label } from '@vie/types'

import { checkMaxLength, TEXT_LIMITS } from './length'
import type { Check } from './messages'

// Deliberately simple: one @, no spaces, a dot in the domain. Stricter patterns reject real
// addresses; whether a mailbox exists cannot be checked here anyway.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

/** An e-mail address of the form name@domain.tld; empty is allowed. */
export function checkEmail(value: unknown, field: Label): Check {
  if (value === null || value === undefined || value === '') return true
  const length = checkMaxLength(value, field, TEXT_LIMITS.email)
  if (length !== true) return length
  if (typeof value === 'string' && EMAIL.test(value)) return true
  return {
    de: `${field.de}: Bitte eine gültige E-Mail-Adresse angeben (z. B. name@stadt.de).`,
    en: `${field.en}: enter a valid e-mail address (e.g. name@city.eu).`,
  }
}
