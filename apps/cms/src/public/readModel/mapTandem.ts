import type { Lang, TandemCard, TandemDetail } from '@vie/types'

import { shorten } from '../text/shorten'
import { pick } from './localize'
import { type Lookup, networkRef, resolve, strategyDocument, municipalityRef, topicRefs } from './lookup'
import type { LocalizedValue, RawStatement, RawTandem } from './raw'
import { labelled } from './vocabulary'

/** Statements whose texts are localized one by one; one fallback note for the whole list. */
function statements(rows: RawStatement[] | null | undefined, lang: Lang, path: string, fallback: string[]): string[] {
  const local: string[] = []
  const texts = (rows ?? []).map((row) => pick(row.text, lang, path, local)).filter((t): t is string => Boolean(t))
  if (local.length) fallback.push(path)
  return texts
}

/** The tandem in one language, without its events (the snapshot adds those). */
export function tandemDetail(raw: RawTandem, lookup: Lookup, lang: Lang): Omit<TandemDetail, 'events'> {
  const fallback: string[] = []
  const text = (value: LocalizedValue<string>, path: string) => pick(value, lang, path, fallback)
  const { vocab } = lookup
  const strategyFallback: string[] = []
  const municipalities = resolve(lookup.municipalities, raw.municipalities).map((m) => ({
    ...municipalityRef(m, lang),
    strategyDocument: strategyDocument(m, lang, strategyFallback),
  }))
  if (strategyFallback.length) fallback.push('municipalities.strategyDocument')
  const matchingReason = text(raw.matchingReason, 'matchingReason')
  // The card's teaser is taken from the matching reason, so it falls back whenever that does.
  if (fallback.includes('matchingReason')) fallback.push('summary')

  return {
    slug: raw.slug,
    title: text(raw.title, 'title') ?? raw.slug,
    kind: labelled(vocab, 'tandemKind', raw.kind as TandemDetail['kind']['value'], lang),
    status: labelled(vocab, 'tandemStatus', raw.status as TandemDetail['status']['value'], lang),
    municipalities,
    topics: topicRefs(lookup, raw.topics, lang, 'topics', fallback),
    period: {
      start: raw.period?.from ?? null,
      end: raw.period?.to ?? null,
      approximate: raw.period?.approximate ?? false,
    },
    summary: matchingReason ? shorten(matchingReason) : '',
    updatedAt: raw.updatedAt,
    statusReason: text(raw.statusReason, 'statusReason'),
    matchingReason,
    challenges: text(raw.challenges, 'challenges'),
    projects: text(raw.jointProjects, 'projects'),
    results: statements(raw.results, lang, 'results', fallback),
    lessons: statements(raw.lessons, lang, 'lessons', fallback),
    formats: (raw.formats ?? []).map((v) => labelled(vocab, 'tandemFormat', v as TandemDetail['formats'][number]['value'], lang)),
    sharedNetworks: resolve(lookup.networks, raw.sharedNetworks).map((n) => networkRef(n, lang)),
    lang,
    fallback,
  }
}

const CARD_FIELDS = ['title', 'topics', 'summary', 'municipalities.strategyDocument']

export function tandemCard(detail: Omit<TandemDetail, 'events'>): TandemCard {
  return {
    slug: detail.slug,
    title: detail.title,
    kind: detail.kind,
    status: detail.status,
    municipalities: detail.municipalities,
    topics: detail.topics,
    period: detail.period,
    summary: detail.summary,
    updatedAt: detail.updatedAt,
    fallback: detail.fallback.filter((f) => CARD_FIELDS.includes(f)),
  }
}
