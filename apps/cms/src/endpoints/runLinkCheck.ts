import type { Endpoint, PayloadRequest } from 'payload'

import { LINK_CHECK_QUEUE, LINK_CHECK_TASK } from '../jobs/linkCheck/task'
import { fail, refuseNonEditors } from './respond'

/**
 * POST /api/editorial/link-check: queues a link check and works it off before answering, so the
 * dashboard shows the new results when it reloads.
 */
export const runLinkCheckEndpoint: Endpoint = {
  path: '/editorial/link-check',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const refused = refuseNonEditors(req)
    if (refused) return refused
    const job = await req.payload.jobs.queue({ task: LINK_CHECK_TASK, input: {}, queue: LINK_CHECK_QUEUE })
    const run = await req.payload.jobs.runByID({ id: job.id })
    const status = run.jobStatus?.[String(job.id)]?.status
    if (status !== 'success') {
      return fail(req, 502, { de: 'Die Linkprüfung ist fehlgeschlagen.', en: 'The link check failed.' })
    }
    return Response.json({ jobId: job.id, status })
  },
}
