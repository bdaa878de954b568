import { REVIEWED_COLLECTIONS } from '../../endpoints/markReviewed'
import { type DashboardContext, asUser, recordUrl, titleOf } from './context'
import { monthsBefore, reviewIntervalMonths } from './reviewInterval'

export type DueRecord = {
  collection: (typeof REVIEWED_COLLECTIONS)[number]
  id: number | string
  title: string
  url: string
  reviewedAt: string | null
  infoAsOf: string | null
}

type StampedDoc = { id: number | string; reviewedAt?: string | null; infoAsOf?: string | null }

const time = (value: string | null): number => (value ? new Date(value).getTime() : Number.NEGATIVE_INFINITY)

/**
 * Records due for review: never reviewed, or reviewed longer ago than the interval while their
 * "information as of" date (networks) is not more recent than that either. Oldest first, never
 * reviewed before all others.
 */
export async function reviewQueue(ctx: DashboardContext): Promise<{ months: number; due: DueRecord[] }> {
  const months = reviewIntervalMonths()
  const cutoff = monthsBefore(ctx.now, months)
  const due: DueRecord[] = []
  for (const collection of REVIEWED_COLLECTIONS) {
    const { docs } = await ctx.payload.find({
      collection,
      where: { or: [{ reviewedAt: { exists: false } }, { reviewedAt: { less_than: cutoff.toISOString() } }] },
      depth: 0,
      pagination: false,
      ...asUser(ctx),
    })
    for (const doc of docs as StampedDoc[]) {
      const reviewedAt = doc.reviewedAt ?? null
      const infoAsOf = doc.infoAsOf ?? null
      if (reviewedAt && time(infoAsOf) >= cutoff.getTime()) continue
      due.push({ collection, id: doc.id, title: titleOf(collection, doc), url: recordUrl(ctx, collection, doc.id), reviewedAt, infoAsOf })
    }
  }
  due.sort((a, b) => time(a.reviewedAt) - time(b.reviewedAt) || time(a.infoAsOf) - time(b.infoAsOf) || a.title.localeCompare(b.title))
  return { months, due }
}
