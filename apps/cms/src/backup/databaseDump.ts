import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  type JsonObject,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypeWithVersion,
  type CollectionSlug,
} from 'payload'

import { setSqliteForeignKeys } from '../db/sqliteTransactions'

/** Payload's migration log belongs to the target database's schema, not to the content. */
const SKIPPED = new Set(['payload-migrations'])

type Version = Omit<TypeWithVersion<JsonObject>, 'id'> & { autosave?: boolean; publishedLocale?: string; snapshot?: true }

export type CollectionDump = { docs: JsonObject[]; versions: Version[] }

/** Every record of every collection in every locale, with its version history. */
export type DatabaseDump = { collections: Record<string, CollectionDump> }

const contentCollections = (payload: Payload): { slug: CollectionSlug; versions: boolean }[] =>
  payload.config.collections
    .filter((collection) => !SKIPPED.has(collection.slug))
    .map((collection) => ({ slug: collection.slug as CollectionSlug, versions: Boolean(collection.versions) }))

/**
 * Reads through the database adapter rather than the Local API: no access rules, hooks or
 * hidden-field stripping, so password hashes, drafts and every locale come out as stored, on
 * SQLite and MongoDB alike.
 */
export async function exportDatabase(payload: Payload, req?: PayloadRequest): Promise<DatabaseDump> {
  const dump: DatabaseDump = { collections: {} }
  for (const { slug, versions } of contentCollections(payload)) {
    const { docs } = await payload.db.find<JsonObject>({
      collection: slug,
      locale: 'all',
      pagination: false,
      limit: 0,
      sort: 'createdAt',
      req,
    })
    const history = versions
      ? (
          await payload.db.findVersions<JsonObject>({
            collection: slug,
            locale: 'all',
            pagination: false,
            limit: 0,
            sort: 'createdAt',
            req,
          })
        ).docs.map(({ id: _id, ...version }) => version as Version)
      : []
    dump.collections[slug] = { docs, versions: history }
  }
  return dump
}

/**
 * Replaces the content of every collection in the dump, in one transaction (on MongoDB only on a
 * replica set): a failed import leaves the old content in place. On SQLite the caller also imports
 * into a fresh file and only swaps it in on success.
 * Versions are written oldest first so the adapter marks the newest of each record as latest.
 */
export async function importDatabase(payload: Payload, dump: DatabaseDump): Promise<Record<string, number>> {
  const known = new Set<string>(contentCollections(payload).map((collection) => collection.slug))
  const unknown = Object.keys(dump.collections).filter((slug) => !known.has(slug))
  if (unknown.length > 0) throw new Error(`the backup holds collections this version of VIE does not know: ${unknown.join(', ')}`)
  const req = await createLocalReq({}, payload)
  // Records refer to each other in every direction (networks → media, media → users, users ←
  // reviewedBy), so no insert order satisfies SQLite's foreign keys on the way; the caller checks
  // every key with `PRAGMA foreign_key_check` before the file replaces the database.
  await setSqliteForeignKeys(payload, false)
  await initTransaction(req)
  const counts: Record<string, number> = {}
  try {
    for (const { slug, versions } of contentCollections(payload)) {
      if (versions) await payload.db.deleteVersions({ collection: slug, where: {}, req })
      await payload.db.deleteMany({ collection: slug, where: {}, req })
    }
    for (const { slug } of contentCollections(payload)) {
      const { docs, versions } = dump.collections[slug] ?? { docs: [], versions: [] }
      for (const doc of docs) {
        await payload.db.create({ collection: slug, data: doc, customID: doc.id as string, req, returning: false })
      }
      for (const { parent, version, createdAt, updatedAt, autosave, publishedLocale, snapshot } of versions) {
        await payload.db.createVersion({
          collectionSlug: slug,
          parent,
          versionData: version,
          createdAt,
          updatedAt,
          autosave: autosave ?? false,
          publishedLocale,
          snapshot,
          req,
          returning: false,
        })
      }
      counts[slug] = docs.length
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return counts
}
