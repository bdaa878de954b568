import { type Endpoint, isValidID, type PayloadRequest } from 'payload'

import { isLoggedCollection, LOGGED_COLLECTIONS, recordChanges } from '../admin/changeLog/recordChanges'
import { fail, refuseNonEditors } from './respond'

/**
 * GET /api/editorial/changes/:collection/:id: the record's change log (see recordChanges), for
 * editors who may read the record.
 */
export const recordChangesEndpoint: Endpoint = {
  path: '/editorial/changes/:collection/:id',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const refused = refuseNonEditors(req)
    if (refused) return refused
    const collection = req.routeParams?.collection
    if (!isLoggedCollection(collection)) {
      return fail(req, 400, {
        de: `Ein Änderungsprotokoll gibt es für ${LOGGED_COLLECTIONS.join(', ')}.`,
        en: `A change log exists for ${LOGGED_COLLECTIONS.join(', ')}.`,
      })
    }
    const raw = String(req.routeParams?.id ?? '')
    const idType = req.payload.db.defaultIDType
    const id = idType === 'number' ? Number(raw) : raw
    const found =
      isValidID(id, idType) &&
      (
        await req.payload.find({
          collection,
          where: { id: { equals: id } },
          select: {},
          depth: 0,
          draft: true,
          limit: 1,
          pagination: false,
          overrideAccess: false,
          user: req.user,
        })
      ).docs[0]
    if (!found) return fail(req, 404, { de: `Diesen Datensatz gibt es nicht: ${raw}.`, en: `This record does not exist: ${raw}.` })
    return Response.json({ collection, id: found.id, entries: await recordChanges(req, collection, found.id) })
  },
}
