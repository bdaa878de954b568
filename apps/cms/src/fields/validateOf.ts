import type { Label } from '@vie/types'
import { type Field, type PayloadRequest, validations } from 'payload'

/** A field's `validate` seen from outside: what every wrapper in src/fields passes on. */
export type AnyValidate = (
  value: unknown,
  options: { req: PayloadRequest; required?: boolean; [key: string]: unknown },
) => Promise<string | true> | string | true

/**
 * The field's own `validate`, or the one Payload would give it. Payload adds its built-in rule
 * only where a field has none, so a wrapper must call it itself.
 */
export function validateOf(field: Field): AnyValidate {
  if ('validate' in field && typeof field.validate === 'function') return field.validate as AnyValidate
  const builtIn = (validations as unknown as Partial<Record<string, AnyValidate>>)[field.type]
  return builtIn ?? (() => true)
}

/** The field's label in both languages, for messages (a field without one is named by its name). */
export function labelOf(field: Field): Label {
  const label = 'label' in field ? field.label : undefined
  if (label && typeof label === 'object' && 'de' in label && 'en' in label) return { de: String(label.de), en: String(label.en) }
  if (typeof label === 'string') return { de: label, en: label }
  const name = 'name' in field ? field.name : ''
  return { de: name, en: name }
}
