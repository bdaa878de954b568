import type { Snapshot, TandemEntry } from '../readModel/snapshot'
import { vocabularyValues } from '../readModel/vocabulary'
import { formatSpec, langSpec, type PageRequest, pageSpecs } from './common'
import { type ParamSpecs, type ParseContext, parseParams, type RawQuery } from './params'

export function tandemListSpecs(snapshot: Snapshot): ParamSpecs {
  return {
    status: {
      kind: 'enum',
      values: vocabularyValues(snapshot.vocab, 'tandemStatus'),
      description: { de: 'Stand der Partnerschaft.', en: 'Status of the partnership.' },
    },
    country: {
      kind: 'enum',
      values: [...new Set(snapshot.tandems.flatMap((t) => [...t.countries]))].sort(),
      description: { de: 'Land einer Partnerkommune (ISO 3166-1 alpha-2).', en: 'Country of a partner municipality (ISO 3166-1 alpha-2).' },
    },
    topic: {
      kind: 'enum',
      values: snapshot.topics.map((t) => t.slug),
      description: { de: 'Thema (Slug).', en: 'Topic (slug).' },
    },
    ...pageSpecs,
    ...langSpec,
    ...formatSpec,
  }
}

export type TandemFilter = PageRequest & { status?: string; country?: string; topic?: string; format: 'json' | 'jsonld' }

export function parseTandemQuery(query: RawQuery, snapshot: Snapshot, ctx: ParseContext): TandemFilter {
  const p = parseParams(query, tandemListSpecs(snapshot), ctx)
  return {
    status: p.status as string | undefined,
    country: p.country as string | undefined,
    topic: p.topic as string | undefined,
    limit: p.limit as number,
    page: p.page as number,
    format: p.format as 'json' | 'jsonld',
  }
}

export const selectTandems = (snapshot: Snapshot, filter: Omit<TandemFilter, 'limit' | 'page' | 'format'>): TandemEntry[] =>
  snapshot.tandems.filter(
    (t) =>
      (!filter.status || t.status === filter.status) &&
      (!filter.country || t.countries.has(filter.country)) &&
      (!filter.topic || t.topics.has(filter.topic)),
  )
