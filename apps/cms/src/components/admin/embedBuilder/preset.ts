import type { CollectionSlug, PayloadRequest } from 'payload'

import type { BuilderPreset } from './model'

type Linked = { slug?: string | null } | string | null | undefined
type Source = {
  slug?: string | null
  name?: string | null
  title?: string | null
  start?: string | null
  relatedTandems?: Linked[] | null
  relatedNetworks?: Linked[] | null
  topics?: Linked[] | null
}

const slugOf = (list: Linked[] | null | undefined): string | undefined => {
  const first = list?.find((item) => item && typeof item === 'object' && item.slug)
  return first && typeof first === 'object' ? (first.slug ?? undefined) : undefined
}

/**
 * The builder opened from a record (`?collection=…&id=…`): a network or tandem gives its card;
 * an event gives the event list narrowed to the most specific link it has – its tandem, else
 * its network, else its topic – and to past or upcoming events, as the list cannot show one event.
 */
export async function presetFrom(req: PayloadRequest, query: Record<string, unknown> | undefined): Promise<BuilderPreset> {
  const collection = query?.collection
  const id = query?.id
  if (typeof id !== 'string' || (collection !== 'networks' && collection !== 'tandems' && collection !== 'events')) return {}
  const doc = (await req.payload
    .findByID({ collection: collection as CollectionSlug, id, depth: 1, draft: true, locale: req.locale ?? 'de', overrideAccess: false, req, disableErrors: true })
    .catch(() => null)) as Source | null
  if (!doc?.slug) return {}
  const from = doc.name ?? doc.title ?? doc.slug
  if (collection === 'networks') return { tag: 'vie-network-card', slug: doc.slug, from }
  if (collection === 'tandems') return { tag: 'vie-tandem-card', slug: doc.slug, from }
  const when = doc.start && new Date(doc.start).getTime() < Date.now() ? 'past' : 'upcoming'
  const tandem = slugOf(doc.relatedTandems)
  const network = slugOf(doc.relatedNetworks)
  const topic = slugOf(doc.topics)
  const filter: Record<string, string> = tandem ? { tandem } : network ? { network } : topic ? { topic } : {}
  return { tag: 'vie-event-list', filters: { when, ...filter }, from, approximate: true }
}
