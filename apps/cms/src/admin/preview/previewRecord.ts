import type { NetworkDetail, TandemDetail } from '@vie/types'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { byId, type Lookup, relationId } from '../../public/readModel/lookup'
import { networkDetail } from '../../public/readModel/mapNetwork'
import { tandemDetail } from '../../public/readModel/mapTandem'
import type { RawMunicipality, RawNetwork, RawTandem, RawTopic, Relation } from '../../public/readModel/raw'
import { vocabulariesFromConfig } from '../../public/readModel/vocabulary'
import type { PreviewCollection } from './collections'
import { mergeLocale } from './mergeLocale'

/** What the card element of the collection renders, per language. */
export type Preview = { de: NetworkDetail; en: NetworkDetail } | { de: TandemDetail; en: TandemDetail }

type Related = 'topics' | 'municipalities' | 'networks'

/** Which fields of a previewed record point at which published collection. */
const RELATIONS: Record<PreviewCollection, Record<Related, string[]>> = {
  networks: { topics: ['themes'], municipalities: ['germanMunicipalities'], networks: ['relatedNetworks'] },
  tandems: { topics: ['topics'], municipalities: ['municipalities'], networks: ['sharedNetworks'] },
}

/**
 * The published records a draft points at, read as the public API reads them (anonymous access,
 * `locale: 'all'`), so the preview names related records exactly as partner sites would see them
 * and leaves out what is not public.
 */
async function lookupFor(req: PayloadRequest, collection: PreviewCollection, raw: Record<string, unknown>): Promise<Lookup> {
  const load = async (target: Related) => {
    const ids = RELATIONS[collection][target]
      .flatMap((field) => (Array.isArray(raw[field]) ? (raw[field] as Relation[]) : []))
      .map(relationId)
      .filter((id): id is string => id !== null)
    if (ids.length === 0) return []
    const drafts = req.payload.collections[target as CollectionSlug].config.versions?.drafts
    const { docs } = await req.payload.find({
      collection: target,
      where: { and: [{ id: { in: ids } }, ...(drafts ? [{ _status: { equals: 'published' } }] : [])] },
      locale: 'all',
      depth: 0,
      draft: false,
      pagination: false,
      overrideAccess: false,
    })
    return docs as unknown[]
  }
  const [topics, municipalities, networks] = await Promise.all([load('topics'), load('municipalities'), load('networks')])
  return {
    vocab: vocabulariesFromConfig(req.payload.config.collections.map((c) => ({ slug: c.slug, fields: c.fields }))),
    topics: byId(topics as RawTopic[]),
    municipalities: byId(municipalities as RawMunicipality[]),
    networks: byId(networks as RawNetwork[]),
    tandems: new Map(),
  }
}

/**
 * A record as the widget card would show it in German and English, from the edit form's values
 * in `locale` laid over the stored record (its newest draft; nothing when it is new). Nothing is
 * saved; the mapping is the read model's own.
 */
export async function previewRecord(
  req: PayloadRequest,
  collection: PreviewCollection,
  id: number | string | null,
  locale: 'de' | 'en',
  edited: Record<string, unknown>,
): Promise<Preview | null> {
  const stored = id === null ? {} : await req.payload.findByID({ collection, id, locale: 'all', depth: 0, draft: true, disableErrors: true, overrideAccess: false, user: req.user, req })
  if (!stored) return null
  const now = new Date().toISOString()
  const raw = mergeLocale(req.payload.collections[collection].config.flattenedFields, { createdAt: now, updatedAt: now, ...stored }, edited, locale)
  const record = { ...raw, slug: typeof raw.slug === 'string' ? raw.slug : '', id: id ?? 'preview' }
  const lookup = await lookupFor(req, collection, record)
  if (collection === 'networks') {
    const network = record as unknown as RawNetwork
    return { de: networkDetail(network, lookup, 'de'), en: networkDetail(network, lookup, 'en') }
  }
  const tandem = record as unknown as RawTandem
  // The card shows no events, so the preview does not look them up.
  return { de: { ...tandemDetail(tandem, lookup, 'de'), events: [] }, en: { ...tandemDetail(tandem, lookup, 'en'), events: [] } }
}
