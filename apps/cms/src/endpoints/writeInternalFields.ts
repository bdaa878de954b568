import type { CollectionSlug, JsonObject, PayloadRequest } from 'payload'

/**
 * Writes bookkeeping fields (review stamp, link check) straight through the database adapter: on
 * the document and on its newest version, so no new version appears and the next draft save or
 * publish, which starts from the newest version, carries the values on. No hooks run, and
 * `updatedAt` of neither the document nor the version moves (`updatedAt: null` tells both
 * adapters to keep it): `updatedAt` means an editorial change, and Payload finds a record's
 * newest version by it.
 */
export async function writeInternalFields(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  data: Record<string, unknown>,
): Promise<void> {
  const { payload } = req
  await payload.db.updateOne({ collection, id, data: { ...data, updatedAt: null }, req, returning: false })
  const versions = payload.collections[collection]?.config.versions
  if (!versions) return
  // `latest` marks the newest version where drafts exist; an `updatedAt` moved by older
  // bookkeeping writes must not win over it.
  const { docs } = await payload.db.findVersions({
    collection,
    where: versions.drafts ? { and: [{ parent: { equals: id } }, { latest: { equals: true } }] } : { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    locale: 'all',
    pagination: false,
    req,
  })
  const latest = docs[0]
  if (!latest) return
  // The SQLite adapter updates the columns it is given; MongoDB's replaces the whole `version`
  // object, so there the stored version (all locales) must travel along or its content is lost.
  const version = payload.db.name === 'sqlite' ? data : { ...(latest.version as JsonObject), ...data }
  await payload.db.updateVersion({
    collection,
    id: latest.id,
    versionData: { version: version as JsonObject, updatedAt: null } as never,
    req,
    returning: false,
  })
}
