import type { NetworkSort } from '@vie/types'

import { matchesTerms, queryTerms } from '../text/normalize'
import { type NetworkEntry, nameCollator, type Snapshot } from '../readModel/snapshot'
import { vocabularyValues } from '../readModel/vocabulary'
import { formatSpec, langSpec, type PageRequest, pageSpecs } from './common'
import { type ParamSpecs, type ParseContext, parseParams, type RawQuery } from './params'

export const NETWORK_SORTS: readonly NetworkSort[] = ['name', '-name', 'founded', '-founded', 'updated', '-updated']

/** The filters `/networks` takes; their allowed values come from the vocabularies and the published records. */
export function networkListSpecs(snapshot: Snapshot): ParamSpecs {
  const { vocab } = snapshot
  return {
    category: {
      kind: 'enum',
      values: vocabularyValues(vocab, 'category'),
      description: { de: 'Kategorie der Netzwerkstudie.', en: 'Category of the network study.' },
    },
    initiative: {
      kind: 'enum',
      values: vocabularyValues(vocab, 'foundingInitiative'),
      description: { de: 'Gründungsinitiative.', en: 'Founding initiative.' },
    },
    scope: {
      kind: 'enum',
      values: vocabularyValues(vocab, 'geographicScope'),
      description: { de: 'Räumlicher Bezug.', en: 'Geographic scope.' },
    },
    theme: {
      kind: 'enum',
      repeatable: true,
      values: snapshot.topics.map((t) => t.slug),
      description: {
        de: 'Thema (Slug), wiederholbar: Netzwerke mit mindestens einem der Themen.',
        en: 'Theme (slug), repeatable: networks with at least one of the themes.',
      },
    },
    municipality: {
      kind: 'enum',
      values: [...snapshot.municipalityBySlug.keys()],
      description: { de: 'Slug einer Mitgliedskommune.', en: 'Slug of a member municipality.' },
    },
    q: {
      kind: 'text',
      maxLength: 200,
      description: {
        de: 'Volltext über Name, Kürzel, Ziele und Ergebnisse, deutsch und englisch; Groß-/Kleinschreibung und Akzente egal (Köln = Koeln = koln).',
        en: 'Full text over name, acronym, goals and results, German and English; case and accents ignored (Köln = Koeln = koln).',
      },
    },
    sort: {
      kind: 'enum',
      values: NETWORK_SORTS,
      default: 'name',
      description: {
        de: 'Sortierung; `-` davor kehrt sie um (`-updated`: zuletzt geänderte zuerst).',
        en: 'Order; a leading `-` reverses it (`-updated`: most recently changed first).',
      },
    },
    ...pageSpecs,
    ...langSpec,
    ...formatSpec,
  }
}

export type NetworkFilter = PageRequest & {
  category?: string
  initiative?: string
  scope?: string
  theme?: string[]
  municipality?: string
  q?: string
  sort: NetworkSort
  /** Whether the client chose the order; without it a search ranks name hits first. */
  explicitSort: boolean
  format: 'json' | 'jsonld'
}

export function parseNetworkQuery(query: RawQuery, snapshot: Snapshot, ctx: ParseContext): NetworkFilter {
  const p = parseParams(query, networkListSpecs(snapshot), ctx)
  return {
    category: p.category as string | undefined,
    initiative: p.initiative as string | undefined,
    scope: p.scope as string | undefined,
    theme: p.theme as string[] | undefined,
    municipality: p.municipality as string | undefined,
    q: p.q as string | undefined,
    sort: p.sort as NetworkSort,
    explicitSort: query.sort !== undefined,
    limit: p.limit as number,
    page: p.page as number,
    format: p.format as 'json' | 'jsonld',
  }
}

const compareBy: Record<string, (a: NetworkEntry, b: NetworkEntry) => number> = {
  name: (a, b) => nameCollator.compare(a.detail.de.name, b.detail.de.name),
  founded: (a, b) => (a.foundedYear ?? 0) - (b.foundedYear ?? 0),
  updated: (a, b) => a.updatedAt - b.updatedAt,
}

/** Networks without a founding year go last whichever way the years run. */
const undatedLast = (key: string, a: NetworkEntry, b: NetworkEntry): number =>
  key === 'founded' ? Number(a.foundedYear === null) - Number(b.foundedYear === null) : 0

/** The networks matching `filter`, in order; name hits rank before text hits when searching without an explicit order. */
export function selectNetworks(snapshot: Snapshot, filter: Omit<NetworkFilter, 'limit' | 'page' | 'format'>): NetworkEntry[] {
  const terms = filter.q ? queryTerms(filter.q) : null
  const themes = filter.theme?.length ? filter.theme : null
  const matches = snapshot.networks.filter(
    (n) =>
      (!filter.category || n.category === filter.category) &&
      (!filter.initiative || n.initiative === filter.initiative) &&
      (!filter.scope || n.scope === filter.scope) &&
      (!themes || themes.some((t) => n.themes.has(t))) &&
      (!filter.municipality || n.municipalities.has(filter.municipality)) &&
      (!terms || matchesTerms(n.fullText, terms)),
  )
  const key = filter.sort.replace(/^-/, '')
  const direction = filter.sort.startsWith('-') ? -1 : 1
  const base = compareBy[key] ?? compareBy.name
  const nameFirst = (n: NetworkEntry) => (terms && !filter.explicitSort && matchesTerms(n.nameText, terms) ? 0 : 1)
  return [...matches].sort(
    (a, b) =>
      nameFirst(a) - nameFirst(b) ||
      undatedLast(key, a, b) ||
      (base ? base(a, b) * direction : 0) ||
      nameCollator.compare(a.detail.de.name, b.detail.de.name),
  )
}
