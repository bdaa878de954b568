import crypto from 'node:crypto'

import type { Caller } from './records'

/** The API's own operations, as Payload's access functions name them. */
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

// ---------------------------------------------------------------------------------------------
// The whole matrix (issue 7): roles × collections × operations × channels.

/**
 * Who calls: besides the three real callers, a browser still holding the cookie of a session
 * that was logged out, and a client holding a correctly signed token whose `exp` has passed.
 * Both must count as anonymous everywhere.
 */
export const ROLES = ['anonymous', 'loggedOut', 'expired', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const OPERATIONS = ['list', 'read', 'create', 'update', 'delete', 'publish', 'readDraft', 'readVersions'] as const
export type MatrixOperation = (typeof OPERATIONS)[number]

export const CHANNELS = ['rest', 'graphql', 'publicJson', 'jsonld', 'ics', 'csv', 'stats', 'admin'] as const
export type Channel = (typeof CHANNELS)[number]

/** Whom the server should see behind each role. */
export const principalOf = (role: Role): Caller['name'] => (role === 'loggedOut' || role === 'expired' ? 'anonymous' : role)

/** The API operation a matrix operation needs; publishing is an update that sets `_status`. */
const API_OPERATION: Record<MatrixOperation, Operation> = {
  list: 'read',
  read: 'read',
  create: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'update',
  readDraft: 'readDrafts',
  readVersions: 'readVersions',
}

export type PublicChannel = Exclude<Channel, 'rest' | 'graphql' | 'admin'>

/** Where each public channel lists a collection, and where it shows one record on its own. */
const PUBLIC_LISTS: Record<PublicChannel, readonly MatrixCollection[]> = {
  publicJson: ['networks', 'tandems', 'events'],
  jsonld: ['networks', 'tandems', 'events'],
  ics: ['events'],
  csv: ['networks', 'tandems', 'events'],
  stats: ['networks', 'tandems', 'events'],
}
const PUBLIC_DETAILS: Record<PublicChannel, readonly MatrixCollection[]> = {
  publicJson: ['networks', 'tandems', 'events', 'municipalities'],
  jsonld: ['networks', 'tandems', 'events', 'municipalities'],
  ics: ['events'],
  csv: [],
  stats: [],
}

/**
 * Admin pages: the list, a record's edit view and its version history. (Whether a create form
 * may be sent is the REST create check; the page itself renders for any signed-in user.)
 */
const ADMIN_PAGES: readonly MatrixOperation[] = ['list', 'read', 'readVersions']

/**
 * The expected outcome: true (the caller gets it), false (refused, or nothing unpublished shows),
 * or null where the combination does not exist (no drafts in topics, no write on a read-only feed).
 * The public channels ignore credentials: every role sees exactly the published records there.
 */
export function expectedOutcome(role: Role, collection: MatrixCollection, operation: MatrixOperation, channel: Channel): boolean | null {
  const apiOperation = API_OPERATION[operation]
  const versionedOnly = operation === 'publish' || operation === 'readDraft' || operation === 'readVersions'
  if (versionedOnly && !VERSIONED.includes(collection)) return null
  const granted = allowed(principalOf(role), collection).includes(apiOperation)
  switch (channel) {
    case 'rest':
      // Editors read their own account only; the record read here is someone else's.
      if (collection === 'users' && operation === 'read') return principalOf(role) === 'admin'
      return granted
    case 'graphql':
      // Uploads go through REST only; GraphQL has no file input.
      if (collection === 'media' && operation === 'create') return null
      return collection === 'users' && operation === 'read' ? principalOf(role) === 'admin' : granted
    case 'admin':
      if (!ADMIN_PAGES.includes(operation)) return null
      if (collection === 'users' && operation === 'read') return principalOf(role) === 'admin'
      return granted && principalOf(role) !== 'anonymous'
    default: {
      const listed = PUBLIC_LISTS[channel].includes(collection)
      const shown = PUBLIC_DETAILS[channel].includes(collection)
      if (operation === 'list') return listed ? true : null
      if (operation === 'read') return shown ? true : null
      if (operation === 'readDraft') return listed || shown ? false : null
      // Writes: once per collection (the public router refuses every method but GET and HEAD).
      const write = operation === 'create' || operation === 'update' || operation === 'delete'
      return channel === 'publicJson' && write && (listed || shown) ? false : null
    }
  }
}

/** One row per existing combination, in a stable order. */
export function matrixRows(): { role: Role; collection: MatrixCollection; operation: MatrixOperation; channel: Channel; expected: boolean }[] {
  return ROLES.flatMap((role) =>
    CHANNELS.flatMap((channel) =>
      COLLECTIONS.flatMap((collection) =>
        OPERATIONS.flatMap((operation) => {
          const expected = expectedOutcome(role, collection, operation, channel)
          return expected === null ? [] : [{ role, collection, operation, channel, expected }]
        }),
      ),
    ),
  )
}

// ---------------------------------------------------------------------------------------------
// Tokens

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url')

/**
 * Payload 3.90 does not sign with PAYLOAD_SECRET itself: `payload.secret` is the first 32 hex
 * characters of its SHA-256 (BasePayload.init), used as UTF-8 bytes for HS256 (auth/jwt.js),
 * with `authVersion: 1` in the protected header (auth/jwtAuth.js).
 */
export const signingKey = (payloadSecret: string): string =>
  crypto.createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32)

export function signToken(claims: Record<string, unknown>, payloadSecret: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', authVersion: 1, typ: 'JWT' }))
  const body = base64url(JSON.stringify(claims))
  const signature = crypto.createHmac('sha256', signingKey(payloadSecret)).update(`${header}.${body}`).digest()
  return `${header}.${body}.${base64url(signature)}`
}

/** The claims of a token Payload issued (its id, collection, session id, e-mail, times). */
export const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>

/** The same session's token re-signed with the right key, expiring `secondsFromNow` from now. */
export function resignedToken(token: string, payloadSecret: string, secondsFromNow: number): string {
  const now = Math.floor(Date.now() / 1000)
  return signToken({ ...claimsOf(token), iat: now - 3600, exp: now + secondsFromNow }, payloadSecret)
}

// ---------------------------------------------------------------------------------------------
// Fixtures

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

/**
 * What must never reach a non-admin: the stored secrets and lock state of accounts and other
 * people's e-mail addresses. A key counts with a value only: the admin page lists field names in
 * its permission map (`"salt":{"read":true}`), which names the schema, not anyone's data.
 */
export const SECRET_KEYS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration'] as const
/** An account's own session list and login-attempt counter are shown to its owner in the admin. */
export const OWN_ACCOUNT_KEYS = ['lockUntil', 'loginAttempts', 'sessions'] as const

export function leaksIn(text: string, { foreignEmails, signedIn }: { foreignEmails: readonly string[]; signedIn: boolean }): string[] {
  const keys: readonly string[] = signedIn ? SECRET_KEYS : [...SECRET_KEYS, ...OWN_ACCOUNT_KEYS]
  const found = keys.filter((key) => new RegExp(`\\\\?"${key}\\\\?"\\s*:\\s*(?!\\{)`).test(text)).map((key) => `key ${key}`)
  const lower = text.toLowerCase()
  for (const email of foreignEmails) if (lower.includes(email.toLowerCase())) found.push(`e-mail ${email}`)
  return found
}
