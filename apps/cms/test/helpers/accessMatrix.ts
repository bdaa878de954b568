import type { Caller } from './records'

export type Operation = 'create' | 'read' | 'update' | 'delete' | 'readDrafts' | 'readVersions'
export type MatrixCollection =
  | 'networks'
  | 'tandems'
  | 'events'
  | 'municipalities'
  | 'projects'
  | 'topics'
  | 'media'
  | 'users'

export const VERSIONED: readonly MatrixCollection[] = ['networks', 'tandems', 'events']
export const COLLECTIONS: readonly MatrixCollection[] = [
  'networks',
  'tandems',
  'events',
  'municipalities',
  'projects',
  'topics',
  'media',
  'users',
]

const EVERYTHING: readonly Operation[] = ['create', 'read', 'update', 'delete', 'readDrafts', 'readVersions']

/**
 * Who may do what (issue 3): anonymous callers read published networks, tandems and events and
 * all municipalities, topics and media; editors keep every record but not the users; admins do
 * everything. Users "read" for an editor means their own account only.
 */
export function allowed(role: Caller['name'], collection: MatrixCollection): readonly Operation[] {
  if (role === 'admin') return EVERYTHING
  if (role === 'editor') return collection === 'users' ? ['read'] : EVERYTHING
  return ['networks', 'tandems', 'events', 'municipalities', 'topics', 'media'].includes(collection) ? ['read'] : []
}

/** The operations that exist for a collection: drafts and versions only where it keeps them. */
export const operationsOf = (collection: MatrixCollection): Operation[] =>
  VERSIONED.includes(collection) ? [...EVERYTHING] : ['create', 'read', 'update', 'delete']

/**
 * One harmless change per collection, for the update checks; the first entry is checked. Media
 * repeats its required alt group because GraphQL's update input demands required groups.
 */
export const PATCHES: Record<MatrixCollection, Record<string, unknown>> = {
  networks: { acronym: 'CHG' },
  tandems: { statusReason: 'geändert' },
  events: { venue: 'Rathaus' },
  municipalities: { populationSource: 'geändert' },
  projects: { projectTitle: 'geändert' },
  topics: { description: 'geändert' },
  media: { credit: 'geändert', alt: { de: 'Ein Logo', en: 'A logo' } },
  users: { name: 'geändert' },
}

/** GraphQL names: Payload's single and plural names set in each collection config. */
export const GRAPHQL_NAMES: Record<MatrixCollection, { single: string; plural: string }> = {
  networks: { single: 'Network', plural: 'Networks' },
  tandems: { single: 'Tandem', plural: 'Tandems' },
  events: { single: 'Event', plural: 'Events' },
  municipalities: { single: 'Municipality', plural: 'Municipalities' },
  projects: { single: 'Project', plural: 'Projects' },
  topics: { single: 'Topic', plural: 'Topics' },
  media: { single: 'Medium', plural: 'Media' },
  users: { single: 'User', plural: 'Users' },
}
