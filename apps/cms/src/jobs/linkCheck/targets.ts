import type { CollectionSlug, Payload, Where } from 'payload'

/** Collections whose records carry web addresses, and where each keeps them. */
export const LINK_CHECKED_COLLECTIONS = ['networks', 'municipalities', 'events'] as const satisfies CollectionSlug[]
export type LinkCheckedCollection = (typeof LINK_CHECKED_COLLECTIONS)[number]

export type LinkTarget = { field: string; url: string }
export type RecordTargets = { collection: LinkCheckedCollection; id: number | string; links: LinkTarget[]; ignoredUrls: string[] }
/** One record, for a check of its links alone. */
export type RecordRef = { collection: LinkCheckedCollection; id: number | string }

type UrlDoc = {
  id: number | string
  websites?: { url?: string | null }[] | null
  website?: string | null
  strategyDocument?: { url?: string | null } | null
  registrationUrl?: string | null
  onlineUrl?: string | null
  linkCheck?: { ignoredUrls?: unknown } | null
}

const linksOf = (collection: LinkCheckedCollection, doc: UrlDoc): LinkTarget[] => {
  const candidates: [string, string | null | undefined][] =
    collection === 'networks'
      ? (doc.websites ?? []).map((row, index) => [`websites.${index}.url`, row.url])
      : collection === 'municipalities'
        ? [
            ['website', doc.website],
            ['strategyDocument.url', doc.strategyDocument?.url],
          ]
        : [
            ['registrationUrl', doc.registrationUrl],
            ['onlineUrl', doc.onlineUrl],
          ]
  return candidates.flatMap(([field, url]) => (url?.trim() ? [{ field, url: url.trim() }] : []))
}

const ignoredOf = (doc: UrlDoc): string[] => {
  const value = doc.linkCheck?.ignoredUrls
  return Array.isArray(value) ? value.filter((url): url is string => typeof url === 'string') : []
}

const SELECT = {
  networks: { websites: true, linkCheck: { ignoredUrls: true } },
  municipalities: { website: true, strategyDocument: true, linkCheck: { ignoredUrls: true } },
  events: { registrationUrl: true, onlineUrl: true, linkCheck: { ignoredUrls: true } },
} as const

/**
 * Every published record's web addresses (municipalities have no drafts: all of them), or only
 * those of `only` when it is published.
 */
export async function linkTargets(payload: Payload, only?: RecordRef): Promise<RecordTargets[]> {
  const all: RecordTargets[] = []
  for (const collection of LINK_CHECKED_COLLECTIONS) {
    if (only && only.collection !== collection) continue
    const conditions: Where[] = [
      ...(collection === 'municipalities' ? [] : [{ _status: { equals: 'published' } }]),
      ...(only ? [{ id: { equals: only.id } }] : []),
    ]
    const { docs } = await payload.find({
      collection,
      where: { and: conditions },
      select: SELECT[collection],
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as UrlDoc[]) all.push({ collection, id: doc.id, links: linksOf(collection, doc), ignoredUrls: ignoredOf(doc) })
  }
  return all
}
