import type { Endpoint, PayloadRequest } from 'payload'

import { LINK_CHECKED_COLLECTIONS } from '../jobs/linkCheck/targets'
import { brokenResults, type LinkCheckRecord } from '../jobs/linkCheck/types'
import { recordRef } from './recordRef'
import { fail, jsonBody, refuseNonEditors } from './respond'
import { writeInternalFields } from './writeInternalFields'

/**
 * POST /api/editorial/link-check/ignore `{ collection, id, url }`: one of the record's broken
 * links is accepted as it is. Later checks still ask it but no longer count or list it. Stored
 * with the link check itself, so no version is written and `updatedAt` stays.
 */
export const ignoreLinkEndpoint: Endpoint = {
  path: '/editorial/link-check/ignore',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const refused = refuseNonEditors(req)
    if (refused) return refused
    const body = await jsonBody(req)
    const ref = recordRef(req, body, LINK_CHECKED_COLLECTIONS)
    if (ref instanceof Response) return ref
    const url = (body as { url?: unknown }).url
    if (typeof url !== 'string' || url.trim() === '') {
      return fail(req, 400, { de: '"url" muss die zu ignorierende Adresse sein.', en: '"url" must be the address to ignore.' })
    }
    const doc = await req.payload.findByID({
      ...ref,
      depth: 0,
      select: { linkCheck: true },
      disableErrors: true,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (!doc) {
      return fail(req, 400, { de: `Den Datensatz ${ref.id} gibt es nicht.`, en: `Record ${ref.id} does not exist.` })
    }
    const check = (doc as { linkCheck?: LinkCheckRecord | null }).linkCheck
    if (!check?.checkedAt || !(check.results ?? []).some((result) => result.url === url && !result.ok)) {
      return fail(req, 400, {
        de: `${url} ist kein fehlerhafter Link dieses Datensatzes.`,
        en: `${url} is not a broken link of this record.`,
      })
    }
    const ignoredUrls = [...new Set([...(check.ignoredUrls ?? []), url])]
    const linkCheck: LinkCheckRecord = { ...check, ignoredUrls, brokenCount: brokenResults({ results: check.results, ignoredUrls }).length }
    await writeInternalFields(req, ref.collection, ref.id, { linkCheck })
    return Response.json({ ...ref, ignoredUrls, brokenCount: linkCheck.brokenCount })
  },
}
