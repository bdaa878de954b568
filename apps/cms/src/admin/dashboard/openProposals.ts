import { type DashboardContext, asUser, recordUrl } from './context'

export type OpenProposal = { id: number | string; receipt: string; url: string; target: string; fields: number; confirmedAt: string | null }

/** Confirmed proposals waiting for a decision, oldest first: the people who sent them wait too. */
export async function openProposals(ctx: DashboardContext): Promise<OpenProposal[]> {
  const { docs } = await ctx.payload.find({
    collection: 'proposals',
    where: { status: { equals: 'open' } },
    sort: 'confirmedAt',
    select: { receipt: true, targetCollection: true, targetSlug: true, changes: true, confirmedAt: true },
    depth: 0,
    pagination: false,
    ...asUser(ctx),
  })
  return docs.map((doc) => ({
    id: doc.id,
    receipt: doc.receipt,
    url: recordUrl(ctx, 'proposals', doc.id),
    target: `${doc.targetCollection}/${doc.targetSlug ?? (ctx.lang === 'de' ? 'neu' : 'new')}`,
    fields: Object.keys((doc.changes as Record<string, unknown> | null) ?? {}).length,
    confirmedAt: doc.confirmedAt ?? null,
  }))
}
