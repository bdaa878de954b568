import type { CollectionBeforeChangeHook } from 'payload'

/** Fields only the review endpoint and the link-check job write, directly through the database. */
export const INTERNAL_FIELDS = ['reviewedAt', 'reviewedBy', 'linkCheck'] as const

/**
 * An edit form still holds the review stamp and link check it loaded; saving it later would put
 * those stale values back over what the endpoint or job wrote meanwhile. So an update by a person
 * keeps the stored values. Server code that acts without a user (seed, scripts) writes what it
 * passes.
 */
export const keepInternalFields: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || !req.user) return data
  for (const name of INTERNAL_FIELDS) {
    if (name in originalDoc) data[name] = name === 'reviewedBy' ? idOf(originalDoc[name]) : originalDoc[name]
    else delete data[name]
  }
  return data
}

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)
