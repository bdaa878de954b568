import { eventKinds, eventModes, foundingInitiatives, geographicScopes, networkCategories } from '@vie/types'
import type { CollectionSlug, PayloadRequest } from 'payload'

import type { EmbedLang } from '../../../embed/embedText'
import type { OptionList, RecordOption } from './model'
import { builderText } from './text'

const TITLE: Record<string, string> = { networks: 'name', tandems: 'title', topics: 'label', municipalities: 'name' }
const VERSIONED = new Set(['networks', 'tandems'])

/** Published records only: a draft would show as an error on the partner site. */
export async function recordOptions(req: PayloadRequest, lang: EmbedLang): Promise<Record<string, RecordOption[]>> {
  const entries = await Promise.all(
    Object.entries(TITLE).map(async ([collection, title]) => {
      const { docs } = await req.payload.find({
        collection: collection as CollectionSlug,
        where: VERSIONED.has(collection) ? { _status: { equals: 'published' } } : undefined,
        locale: lang,
        depth: 0,
        pagination: false,
        select: { slug: true, [title]: true },
        sort: 'slug',
        overrideAccess: false,
        req,
      })
      const options = (docs as unknown as Record<string, unknown>[]).flatMap((doc) =>
        typeof doc.slug === 'string' ? [{ slug: doc.slug, label: typeof doc[title] === 'string' ? (doc[title] as string) : doc.slug }] : [],
      )
      return [collection, options] as const
    }),
  )
  return Object.fromEntries(entries)
}

const listOf = (entries: readonly { value: string; label: { de: string; en: string } }[], lang: EmbedLang): OptionList =>
  entries.map((e) => ({ value: e.value, label: e.label[lang] }))

export function vocabularies(lang: EmbedLang): Record<string, OptionList> {
  const t = builderText(lang)
  return {
    category: listOf(networkCategories, lang),
    initiative: listOf(foundingInitiatives, lang),
    scope: listOf(geographicScopes, lang),
    mode: listOf(eventModes, lang),
    kind: listOf(eventKinds, lang),
    when: ['upcoming', 'past', 'all'].map((value) => ({ value, label: t.when[value] ?? value })),
    sort: ['name', '-name', 'founded', '-founded', 'updated', '-updated'].map((value) => ({ value, label: value })),
    'vie-map kind': (['member', 'tandem-partner', 'event-place'] as const).map((value) => ({ value, label: t.mapKind[value] })),
    'vie-map view': (['map', 'list'] as const).map((value) => ({ value, label: t.mapView[value] })),
  }
}
