import type { CollectionSlug } from 'payload'

/**
 * The editorial collections, in the order an import into an empty database must follow: each
 * one links only to collections before it, or to itself (resolved within the same file).
 * Projects link to networks, events to networks and tandems, so they come last.
 */
export const IMPORT_ORDER = ['topics', 'municipalities', 'networks', 'tandems', 'projects', 'events'] as const satisfies readonly CollectionSlug[]

export type EditorialSlug = (typeof IMPORT_ORDER)[number]

export const isEditorialSlug = (value: unknown): value is EditorialSlug =>
  typeof value === 'string' && (IMPORT_ORDER as readonly string[]).includes(value)
