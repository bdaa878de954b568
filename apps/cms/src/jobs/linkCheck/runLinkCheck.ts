import type { PayloadRequest } from 'payload'

import { writeInternalFields } from '../../endpoints/writeInternalFields'
import { checkUrl } from './checkUrl'
import type { LinkCheckSettings } from './settings'
import { linkTargets, type RecordRef } from './targets'
import { brokenResults, type LinkCheckRecord, type LinkResult } from './types'

/** Runs `work` over `items` with at most `limit` at a time. */
async function inPool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export type LinkCheckSummary = { records: number; links: number; broken: number }

/**
 * Checks every web address of every published record (each distinct address once), or of the one
 * record `only`, and stores the outcome on the record without creating a version.
 */
export async function runLinkCheck(req: PayloadRequest, settings: LinkCheckSettings, only?: RecordRef): Promise<LinkCheckSummary> {
  const records = await linkTargets(req.payload, only)
  const urls = [...new Set(records.flatMap((record) => record.links.map((link) => link.url)))]
  const checked = await inPool(urls, settings.concurrency, (url) => checkUrl('', url, settings))
  const byUrl = new Map(urls.map((url, index) => [url, checked[index] as LinkResult]))

  const checkedAt = new Date().toISOString()
  let broken = 0
  let links = 0
  for (const record of records) {
    const results = record.links.map((link) => ({ ...(byUrl.get(link.url) as LinkResult), field: link.field }))
    // An ignored address the record no longer links to is forgotten, so a new link there is checked afresh.
    const ignoredUrls = record.ignoredUrls.filter((url) => results.some((result) => result.url === url))
    const brokenCount = brokenResults({ results, ignoredUrls }).length
    broken += brokenCount
    links += results.length
    const linkCheck: LinkCheckRecord = { checkedAt, brokenCount, results, ignoredUrls }
    await writeInternalFields(req, record.collection, record.id, { linkCheck })
  }
  return { records: records.length, links, broken }
}
