import type { Endpoint, PayloadRequest } from 'payload'

import { runLinkCheck } from '../jobs/linkCheck/runLinkCheck'
import { linkCheckSettings } from '../jobs/linkCheck/settings'
import { LINK_CHECKED_COLLECTIONS, linkTargets } from '../jobs/linkCheck/targets'
import { LINK_CHECK_QUEUE, LINK_CHECK_TASK } from '../jobs/linkCheck/task'
import { recordRef } from './recordRef'
import { fail, jsonBody, refuseNonEditors } from './respond'

/**
 * POST /api/editorial/link-check: queues a link check and works it off before answering, so the
 * dashboard shows the new results when it reloads. With `{ collection, id }` only that record's
 * links are checked ("check again"), at once and without the job queue.
 */
export const runLinkCheckEndpoint: Endpoint = {
  path: '/editorial/link-check',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const refused = refuseNonEditors(req)
    if (refused) return refused
    const body = await jsonBody(req)
    if (body !== undefined) {
      const ref = recordRef(req, body, LINK_CHECKED_COLLECTIONS)
      if (ref instanceof Response) return ref
      if ((await linkTargets(req.payload, ref)).length === 0) {
        return fail(req, 400, {
          de: `Keinen veröffentlichten Datensatz ${ref.id} in ${ref.collection} gefunden.`,
          en: `No published record ${ref.id} in ${ref.collection}.`,
        })
      }
      return Response.json(await runLinkCheck(req, linkCheckSettings(), ref))
    }
    const job = await req.payload.jobs.queue({ task: LINK_CHECK_TASK, input: {}, queue: LINK_CHECK_QUEUE })
    const run = await req.payload.jobs.runByID({ id: job.id })
    const status = run.jobStatus?.[String(job.id)]?.status
    if (status !== 'success') {
      return fail(req, 502, { de: 'Die Linkprüfung ist fehlgeschlagen.', en: 'The link check failed.' })
    }
    return Response.json({ jobId: job.id, status })
  },
}
