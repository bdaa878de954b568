import type { Proposal } from '@vie/types'
import type { Endpoint, PayloadRequest } from 'payload'

import { decideProposal, proposalDiff } from '../proposals/review'
import { isObject } from '../validation/isObject'
import { fail, jsonBody, refuseNonEditors } from './respond'

async function openProposal(req: PayloadRequest): Promise<Proposal | Response> {
  const refused = refuseNonEditors(req)
  if (refused) return refused
  const id = req.routeParams?.id
  const proposal = typeof id === 'string' ? await req.payload.findByID({ collection: 'proposals', id, depth: 0, disableErrors: true, overrideAccess: false, req }) : null
  if (!proposal) return fail(req, 404, { de: 'Diesen Vorschlag gibt es nicht.', en: 'There is no such proposal.' })
  return proposal
}

/** GET /api/editorial/proposals/<id>/diff: each proposed field against the record now, with conflicts. */
export const proposalDiffEndpoint: Endpoint = {
  path: '/editorial/proposals/:id/diff',
  method: 'get',
  handler: async (req) => {
    const proposal = await openProposal(req)
    if (proposal instanceof Response) return proposal
    return Response.json({ status: proposal.status, rows: await proposalDiff(req, proposal) })
  },
}

/**
 * POST /api/editorial/proposals/<id>/decide `{ accept: [keys], edited?: { key: value }, publish?,
 * reason? }`: accepts the fields named (none: rejects, a reason required) and closes the proposal.
 */
export const proposalDecideEndpoint: Endpoint = {
  path: '/editorial/proposals/:id/decide',
  method: 'post',
  handler: async (req) => {
    const proposal = await openProposal(req)
    if (proposal instanceof Response) return proposal
    if (proposal.status !== 'open') {
      return fail(req, 409, { de: 'Entschieden wird nur über offene (bestätigte) Vorschläge.', en: 'Only open (confirmed) proposals can be decided.' })
    }
    const sent = await jsonBody(req)
    const body = isObject(sent) ? sent : {}
    const accept = Array.isArray(body.accept) ? body.accept.filter((key): key is string => typeof key === 'string') : null
    const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 2000) : ''
    if (!accept) return fail(req, 400, { de: '"accept" muss die Liste der übernommenen Felder sein (leer: ablehnen).', en: '"accept" must list the accepted fields (empty: reject).' })
    if (accept.length === 0 && !reason) return fail(req, 400, { de: 'Bitte begründen Sie die Ablehnung.', en: 'Please give a reason for the rejection.' })
    const edited = isObject(body.edited) ? body.edited : {}
    const result = await decideProposal(req, proposal, { accept, edited, publish: body.publish === true, reason })
    if (!result.ok) return Response.json({ errors: result.errors.map((e) => ({ message: `${e.field}: ${e.message}` })) }, { status: 400 })
    return Response.json(result)
  },
}
