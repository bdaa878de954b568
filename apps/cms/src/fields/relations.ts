import type { Label } from '@vie/types'
import type { CollectionSlug, FilterOptions, JoinField, RelationshipField } from 'payload'

import { existingRecords } from './existingRecords'

type LinkOptions = {
  hasMany?: boolean
  required?: boolean
  description?: Label
  filterOptions?: FilterOptions
  validate?: RelationshipField['validate']
}

/**
 * A forward link to records of another collection (several unless `hasMany: false`). Unknown ids
 * are refused with a 400 (see existingRecords).
 */
export const linkTo = (
  name: string,
  relationTo: CollectionSlug,
  label: Label,
  { hasMany = true, required, description, filterOptions = existingRecords, validate }: LinkOptions = {},
): RelationshipField =>
  ({
    name,
    type: 'relationship',
    relationTo,
    hasMany,
    required,
    label: { ...label },
    admin: description ? { description: { ...description } } : undefined,
    filterOptions,
    validate,
    // `hasMany` is a plain boolean here; Payload's union type wants it as a literal.
  }) as RelationshipField

/**
 * How joined records are ordered: events by date, others most recently changed first. Left to
 * the joined collection's own `defaultSort`, a localized one (name, title) on a collection with
 * drafts makes Payload's SQLite join query fail.
 */
const JOIN_SORT: Partial<Record<CollectionSlug, string>> = { events: '-start' }

/** The reverse of another collection's link `on`: kept there, listed here (admin and API). */
export const linkedFrom = (name: string, collection: CollectionSlug, on: string, label: Label): JoinField => ({
  name,
  type: 'join',
  collection,
  on,
  label: { ...label },
  defaultSort: JOIN_SORT[collection] ?? '-updatedAt',
})
