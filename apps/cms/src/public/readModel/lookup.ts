import type { Lang, MunicipalityRef, NetworkRef, StrategyDocument, TandemRef, TopicRef } from '@vie/types'

import { pick } from './localize'
import type { Id, RawMunicipality, RawNetwork, RawTandem, RawTopic, Relation } from './raw'
import type { Vocabularies } from './vocabulary'

/** Published records by id, for joining relationships; anything not in here is not public. */
export type Lookup = {
  vocab: Vocabularies
  topics: Map<string, RawTopic>
  municipalities: Map<string, RawMunicipality>
  networks: Map<string, RawNetwork>
  tandems: Map<string, RawTandem>
}

export const idKey = (id: Id): string => String(id)

export function relationId(relation: Relation): string | null {
  if (relation === null || relation === undefined) return null
  return typeof relation === 'object' ? idKey(relation.id) : idKey(relation)
}

export const byId = <T extends { id: Id }>(docs: readonly T[]): Map<string, T> => new Map(docs.map((d) => [idKey(d.id), d]))

/**
 * The published records a relationship list points at, in the editors' order, without
 * duplicates. Drafts and deleted records are simply absent from `map`, so they never surface.
 */
export function resolve<T>(map: Map<string, T>, relations: readonly Relation[] | null | undefined): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const relation of relations ?? []) {
    const id = relationId(relation)
    const doc = id === null ? undefined : map.get(id)
    if (id !== null && doc && !seen.has(id)) {
      seen.add(id)
      out.push(doc)
    }
  }
  return out
}

export function location(raw: RawMunicipality['location']): { lat: number; lng: number } | null {
  return typeof raw?.lat === 'number' && typeof raw.lng === 'number' ? { lat: raw.lat, lng: raw.lng } : null
}

export function topicRef(topic: RawTopic, lang: Lang, path: string, fallback: string[]): TopicRef {
  return { slug: topic.slug, label: pick(topic.label, lang, path, fallback) ?? topic.slug }
}

/** Topic references with one fallback note for the list, not one per topic. */
export function topicRefs(lookup: Lookup, relations: readonly Relation[] | null | undefined, lang: Lang, path: string, fallback: string[]): TopicRef[] {
  const local: string[] = []
  const refs = resolve(lookup.topics, relations).map((t) => topicRef(t, lang, path, local))
  if (local.length) fallback.push(path)
  return refs
}

export function municipalityRef(m: RawMunicipality, lang: Lang): MunicipalityRef {
  return {
    slug: m.slug,
    name: pick(m.name, lang, 'name', []) ?? m.slug,
    country: m.country,
    population: m.population ?? null,
    location: location(m.location),
  }
}

export function networkRef(n: RawNetwork, lang: Lang): NetworkRef {
  return { slug: n.slug, name: pick(n.name, lang, 'name', []) ?? n.slug, acronym: n.acronym ?? null }
}

export function tandemRef(t: RawTandem, lang: Lang): TandemRef {
  return { slug: t.slug, title: pick(t.title, lang, 'title', []) ?? t.slug }
}

export function strategyDocument(m: RawMunicipality, lang: Lang, fallback: string[]): StrategyDocument | null {
  const title = pick(m.strategyDocument?.title, lang, 'strategyDocument', fallback)
  const url = m.strategyDocument?.url ?? null
  return title || url ? { title, url } : null
}
