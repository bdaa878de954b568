import { type CollectionSlug, type Endpoint, isValidID, type PayloadRequest } from 'payload'

import { beginWriteTransaction, endWriteTransaction } from '../db/writeTransaction'
import { fail, jsonBody, refuseNonEditors } from './respond'
import { writeInternalFields } from './writeInternalFields'

/** Collections whose records carry the review stamp (src/fields/reviewed.ts). */
export const REVIEWED_COLLECTIONS = ['networks', 'tandems', 'municipalities'] as const satisfies CollectionSlug[]
type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

const MAX_IDS = 500

const isReviewedCollection = (value: unknown): value is ReviewedCollection =>
  (REVIEWED_COLLECTIONS as readonly unknown[]).includes(value)

/**
 * POST /api/editorial/review `{ collection, ids }`: stamps the records as reviewed now by the
 * signed-in editor, without a new content version (see writeInternalFields).
 */
export const markReviewedEndpoint: Endpoint = {
  path: '/editorial/review',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const refused = refuseNonEditors(req)
    if (refused) return refused
    const body = (await jsonBody(req)) as { collection?: unknown; ids?: unknown } | undefined
    const collection = body?.collection
    if (!isReviewedCollection(collection)) {
      return fail(req, 400, {
        de: `"collection" muss eine von ${REVIEWED_COLLECTIONS.join(', ')} sein.`,
        en: `"collection" must be one of ${REVIEWED_COLLECTIONS.join(', ')}.`,
      })
    }
    const ids = body?.ids
    const idType = req.payload.db.defaultIDType
    if (
      !Array.isArray(ids) ||
      ids.length === 0 ||
      ids.length > MAX_IDS ||
      !ids.every((id) => (typeof id === 'string' || typeof id === 'number') && isValidID(id, idType))
    ) {
      return fail(req, 400, {
        de: `"ids" muss eine Liste von 1 bis ${MAX_IDS} gültigen Datensatz-IDs sein.`,
        en: `"ids" must be a list of 1 to ${MAX_IDS} valid record ids.`,
      })
    }
    const wanted = [...new Set(ids.map(String))]
    const found = await req.payload.find({
      collection,
      where: { id: { in: wanted } },
      select: {},
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const foundIds = new Set(found.docs.map((doc) => String(doc.id)))
    const missing = wanted.filter((id) => !foundIds.has(id))
    if (missing.length > 0) {
      return fail(req, 400, {
        de: `Diese Datensätze gibt es nicht: ${missing.join(', ')}.`,
        en: `These records do not exist: ${missing.join(', ')}.`,
      })
    }
    const reviewedAt = new Date().toISOString()
    const reviewedBy = req.user?.id
    // All or nothing: a bulk stamp that fails half-way leaves no record stamped.
    const ownTransaction = await beginWriteTransaction(req)
    try {
      for (const doc of found.docs) {
        await writeInternalFields(req, collection, doc.id, { reviewedAt, reviewedBy })
      }
      if (ownTransaction) await endWriteTransaction(req, true)
    } catch (error) {
      if (ownTransaction) await endWriteTransaction(req, false)
      throw error
    }
    return Response.json({ collection, ids: found.docs.map((doc) => doc.id), reviewedAt, reviewedBy })
  },
}
