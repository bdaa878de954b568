import type { LinkCheckRecord, LinkResult } from '../../jobs/linkCheck/types'
import { LINK_CHECKED_COLLECTIONS, type LinkCheckedCollection } from '../../jobs/linkCheck/targets'
import { type DashboardContext, asUser, recordUrl, titleOf } from './context'

export type BrokenLink = { collection: LinkCheckedCollection; id: number | string; title: string; url: string; result: LinkResult }

/** Every failed link of the last check, by record, and when the newest check ran. */
export async function brokenLinks(ctx: DashboardContext): Promise<{ lastCheckedAt: string | null; broken: BrokenLink[] }> {
  const broken: BrokenLink[] = []
  let lastCheckedAt: string | null = null
  for (const collection of LINK_CHECKED_COLLECTIONS) {
    const { docs } = await ctx.payload.find({
      collection,
      where: { 'linkCheck.checkedAt': { exists: true } },
      depth: 0,
      pagination: false,
      ...asUser(ctx),
    })
    for (const doc of docs) {
      const check = (doc as { linkCheck?: LinkCheckRecord | null }).linkCheck
      if (!check?.checkedAt) continue
      if (!lastCheckedAt || check.checkedAt > lastCheckedAt) lastCheckedAt = check.checkedAt
      for (const result of check.results ?? []) {
        if (!result.ok) broken.push({ collection, id: doc.id, title: titleOf(collection, doc), url: recordUrl(ctx, collection, doc.id), result })
      }
    }
  }
  return { lastCheckedAt, broken }
}
