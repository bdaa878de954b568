import type { PayloadRequest } from 'payload'

export const DAY = 86_400_000
/** Unconfirmed proposals go after this many days (the confirmation link expires with them). */
export const UNCONFIRMED_DAYS = 7
/** The submitter's name and e-mail go this many days after the decision. */
export const DECIDED_DAYS = 90

/**
 * What data protection asks of proposals: unconfirmed ones deleted after 7 days, and the
 * submitter's name and e-mail erased 90 days after the decision (the proposal itself stays as
 * the record's history). `now` is a parameter so the rule can be tested without waiting.
 */
export async function eraseExpiredProposalData(req: PayloadRequest, now = Date.now()): Promise<{ deleted: number; erased: number }> {
  const { payload } = req
  const deleted = await payload.delete({
    collection: 'proposals',
    where: { and: [{ status: { equals: 'unconfirmed' } }, { createdAt: { less_than: new Date(now - UNCONFIRMED_DAYS * DAY).toISOString() } }] },
    overrideAccess: true,
    req,
  })
  const { docs } = await payload.find({
    collection: 'proposals',
    where: { and: [{ 'decision.decidedAt': { less_than: new Date(now - DECIDED_DAYS * DAY).toISOString() } }, { 'submitter.erasedAt': { exists: false } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const doc of docs) {
    await payload.update({
      collection: 'proposals',
      id: doc.id,
      overrideAccess: true,
      req,
      data: { submitter: { name: null, email: null, organisation: null, erasedAt: new Date(now).toISOString() } },
    })
  }
  return { deleted: deleted.docs.length, erased: docs.length }
}
