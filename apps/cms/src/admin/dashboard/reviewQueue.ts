import { REVIEWED_COLLECTIONS } from '../../endpoints/markReviewed'
import { type DashboardContext, asUser, recordUrl, TITLE_FIELD, titleOf } from './context'
import { monthsBefore, reviewIntervalMonths } from './reviewInterval'

export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

export type DueRecord = {
  collection: ReviewedCollection
  id: number | string
  title: string
  url: string
  reviewedAt: string | null
  infoAsOf: string | null
}

/** One collection's records due for review, oldest first. */
export type DueGroup = { collection: ReviewedCollection; due: DueRecord[] }

type StampedDoc = { id: number | string; reviewedAt?: string | null; infoAsOf?: string | null }

const time = (value: string | null): number => (value ? new Date(value).getTime() : Number.NEGATIVE_INFINITY)

/**
 * Records due for review: never reviewed, or reviewed longer ago than the interval while their
 * "information as of" date (networks) is not more recent than that either. One group per
 * collection, networks and tandems before the many municipalities; in each, oldest first, never
 * reviewed before all others.
 */
export async function reviewQueue(ctx: DashboardContext): Promise<{ months: number; groups: DueGroup[] }> {
  const months = reviewIntervalMonths()
  const cutoff = monthsBefore(ctx.now, months)
  const groups = await Promise.all(
    REVIEWED_COLLECTIONS.map(async (collection): Promise<DueGroup> => {
      const { docs } = await ctx.payload.find({
        collection,
        where: { or: [{ reviewedAt: { exists: false } }, { reviewedAt: { less_than: cutoff.toISOString() } }] },
        select: { [TITLE_FIELD[collection]]: true, reviewedAt: true, ...(collection === 'networks' ? { infoAsOf: true } : {}) },
        depth: 0,
        pagination: false,
        ...asUser(ctx),
      })
      const due = (docs as StampedDoc[]).flatMap((doc): DueRecord[] => {
        const reviewedAt = doc.reviewedAt ?? null
        const infoAsOf = doc.infoAsOf ?? null
        if (reviewedAt && time(infoAsOf) >= cutoff.getTime()) return []
        return [{ collection, id: doc.id, title: titleOf(collection, doc), url: recordUrl(ctx, collection, doc.id), reviewedAt, infoAsOf }]
      })
      due.sort((a, b) => time(a.reviewedAt) - time(b.reviewedAt) || time(a.infoAsOf) - time(b.infoAsOf) || a.title.localeCompare(b.title))
      return { collection, due }
    }),
  )
  return { months, groups }
}
