import type { CollectionSlug, Payload, Where } from 'payload'

/** Collections whose records carry web addresses, and where each keeps them. */
export const LINK_CHECKED_COLLECTIONS = ['networks', 'municipalities', 'events'] as const satisfies CollectionSlug[]
export type LinkCheckedCollection = (typeof LINK_CHECKED_COLLECTIONS)[number]

export type LinkTarget = { field: string; url: string }
export type RecordTargets = { collection: LinkCheckedCollection; id: number | string; links: LinkTarget[] }

type UrlDoc = {
  id: number | string
  websites?: { url?: string | null }[] | null
  website?: string | null
  strategyDocument?: { url?: string | null } | null
  registrationUrl?: string | null
  onlineUrl?: string | null
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

const SELECT = {
  networks: { websites: true },
  municipalities: { website: true, strategyDocument: true },
  events: { registrationUrl: true, onlineUrl: true },
} as const

/** Every published record's web addresses (municipalities have no drafts: all of them). */
export async function linkTargets(payload: Payload): Promise<RecordTargets[]> {
  const all: RecordTargets[] = []
  for (const collection of LINK_CHECKED_COLLECTIONS) {
    const where: Where = collection === 'municipalities' ? {} : { _status: { equals: 'published' } }
    const { docs } = await payload.find({
      collection,
      where,
      select: SELECT[collection],
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as UrlDoc[]) all.push({ collection, id: doc.id, links: linksOf(collection, doc) })
  }
  return all
}
