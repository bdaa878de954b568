import { type DashboardContext, asUser, recordUrl, titleOf } from './context'
import { monthsBefore, reviewIntervalMonths } from './reviewInterval'

export type StaleProfile = { id: number | string; title: string; url: string; asOf: string; open: boolean }

/**
 * Municipalities whose partnership profile is older than the review interval ("as of" date before
 * the cutoff), oldest first: the partner finder suggests from what they say, so stale wishes
 * mislead other municipalities.
 */
export async function staleProfiles(ctx: DashboardContext): Promise<{ months: number; rows: StaleProfile[] }> {
  const months = reviewIntervalMonths()
  const { docs } = await ctx.payload.find({
    collection: 'municipalities',
    where: { 'partnership.asOf': { less_than: monthsBefore(ctx.now, months).toISOString() } },
    sort: ['partnership.asOf', 'name'],
    select: { name: true, partnership: { asOf: true, openToPartnership: true } },
    depth: 0,
    pagination: false,
    ...asUser(ctx),
  })
  return {
    months,
    rows: docs.map((doc) => ({
      id: doc.id,
      title: titleOf('municipalities', doc),
      url: recordUrl(ctx, 'municipalities', doc.id),
      asOf: doc.partnership?.asOf as string,
      open: doc.partnership?.openToPartnership !== 'not-now',
    })),
  }
}
