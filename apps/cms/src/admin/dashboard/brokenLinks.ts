import { brokenResults, type LinkCheckRecord, type LinkResult } from '../../jobs/linkCheck/types'
import { LINK_CHECKED_COLLECTIONS, type LinkCheckedCollection } from '../../jobs/linkCheck/targets'
import { type DashboardContext, asUser, recordUrl, TITLE_FIELD, titleOf } from './context'

/** A record with broken links: what failed in its last check, and how many links it ignores. */
export type BrokenRecord = {
  collection: LinkCheckedCollection
  id: number | string
  title: string
  url: string
  checkedAt: string
  broken: LinkResult[]
  ignored: number
}

/** Every record whose last check found links broken (ignored ones left out), and when the newest check ran. */
export async function brokenLinks(ctx: DashboardContext): Promise<{ lastCheckedAt: string | null; records: BrokenRecord[] }> {
  const records: BrokenRecord[] = []
  let lastCheckedAt: string | null = null
  for (const collection of LINK_CHECKED_COLLECTIONS) {
    const { docs } = await ctx.payload.find({
      collection,
      where: { 'linkCheck.checkedAt': { exists: true } },
      select: { [TITLE_FIELD[collection]]: true, linkCheck: true },
      depth: 0,
      pagination: false,
      ...asUser(ctx),
    })
    for (const doc of docs) {
      const check = (doc as { linkCheck?: LinkCheckRecord | null }).linkCheck
      if (!check?.checkedAt) continue
      if (!lastCheckedAt || check.checkedAt > lastCheckedAt) lastCheckedAt = check.checkedAt
      const broken = brokenResults(check)
      if (broken.length === 0) continue
      records.push({
        collection,
        id: doc.id,
        title: titleOf(collection, doc),
        url: recordUrl(ctx, collection, doc.id),
        checkedAt: check.checkedAt,
        broken,
        ignored: check.ignoredUrls?.length ?? 0,
      })
    }
  }
  return { lastCheckedAt, records }
}
