import type { Lang, NetworkCard, NetworkDetail } from '@vie/types'

import { shorten } from '../text/shorten'
import { localParts } from '../time/zone'
import { pick } from './localize'
import { type Lookup, municipalityRef, networkRef, resolve, topicRefs } from './lookup'
import { DEFAULT_TIME_ZONE } from './mapEvent'
import type { LocalizedValue, RawNetwork } from './raw'
import { labelled } from './vocabulary'

// Vocabulary unions are taken from the DTO, so this file follows the contract wherever they are declared.
type Scope = NonNullable<NetworkDetail['geographicScope']>['value']
type Subtype = NonNullable<NetworkDetail['foundingSubtype']>['value']

/** `infoAsOf` is a month-precision date field; the month is what the source states. */
function month(iso: string | null | undefined): string | null {
  if (!iso || Number.isNaN(Date.parse(iso))) return null
  const { year, month: m } = localParts(new Date(iso), DEFAULT_TIME_ZONE)
  return `${year}-${String(m).padStart(2, '0')}`
}

/** The full public profile of a network in one language. */
export function networkDetail(raw: RawNetwork, lookup: Lookup, lang: Lang): NetworkDetail {
  const fallback: string[] = []
  const text = (value: LocalizedValue<string>, path: string) => pick(value, lang, path, fallback)
  const { vocab } = lookup
  const websites = (raw.websites ?? []).map((w) => w.url ?? '').filter(Boolean)
  const goals = text(raw.goals, 'goals')
  // The card's teaser is taken from the goals, so it falls back whenever they do.
  if (fallback.includes('goals')) fallback.push('summary')

  return {
    slug: raw.slug,
    name: text(raw.name, 'name') ?? raw.slug,
    acronym: raw.acronym ?? null,
    category: labelled(vocab, 'category', raw.category as NetworkDetail['category']['value'], lang),
    foundingInitiative: labelled(vocab, 'foundingInitiative', raw.foundingInitiative as NetworkDetail['foundingInitiative']['value'], lang),
    geographicScope: raw.geographicScope
      ? labelled(vocab, 'geographicScope', raw.geographicScope as Scope, lang)
      : null,
    themes: topicRefs(lookup, raw.themes, lang, 'themes', fallback),
    foundedYear: raw.foundedYear ?? null,
    memberCount: raw.members?.memberCount ?? null,
    website: websites[0] ?? null,
    summary: goals ? shorten(goals) : '',
    infoAsOf: month(raw.infoAsOf),
    updatedAt: raw.updatedAt,
    foundingSubtype: raw.foundingSubtype
      ? labelled(vocab, 'foundingSubtype', raw.foundingSubtype as Subtype, lang)
      : null,
    typologyNote: text(raw.typologyNote, 'typologyNote'),
    foundedNote: text(raw.foundedNote, 'foundedNote'),
    initiators: text(raw.initiators, 'initiators'),
    carriers: text(raw.carriers, 'carriers'),
    funding: text(raw.funding, 'funding'),
    runtime: {
      kind: labelled(vocab, 'runtimeKind', (raw.runtime?.kind ?? 'unknown') as NetworkDetail['runtime']['kind']['value'], lang),
      endYear: raw.runtime?.endYear ?? null,
    },
    goals,
    results: text(raw.results, 'results'),
    focus: text(raw.focus, 'focus'),
    members: {
      summary: text(raw.members?.summary, 'members.summary'),
      count: raw.members?.memberCount ?? null,
      countryCount: raw.members?.countryCount ?? null,
      types: (raw.members?.memberTypes ?? []).map((v) => labelled(vocab, 'memberType', v as NetworkDetail['members']['types'][number]['value'], lang)),
    },
    formats: (raw.formats ?? []).map((v) => labelled(vocab, 'networkFormat', v as NetworkDetail['formats'][number]['value'], lang)),
    websites,
    contactEmail: raw.contactEmail ?? null,
    source: text(raw.sourceNote, 'source'),
    municipalities: resolve(lookup.municipalities, raw.germanMunicipalities).map((m) => municipalityRef(m, lang)),
    otherParticipants: raw.otherGermanParticipants ?? [],
    relatedNetworks: resolve(lookup.networks, raw.relatedNetworks).map((n) => networkRef(n, lang)),
    lang,
    fallback,
  }
}

const CARD_FIELDS = ['name', 'themes', 'summary']

/** The card is a projection of the detail, so both always agree. */
export function networkCard(detail: NetworkDetail): NetworkCard {
  return {
    slug: detail.slug,
    name: detail.name,
    acronym: detail.acronym,
    category: detail.category,
    foundingInitiative: detail.foundingInitiative,
    geographicScope: detail.geographicScope,
    themes: detail.themes,
    foundedYear: detail.foundedYear,
    memberCount: detail.memberCount,
    website: detail.website,
    summary: detail.summary,
    infoAsOf: detail.infoAsOf,
    updatedAt: detail.updatedAt,
    fallback: detail.fallback.filter((f) => CARD_FIELDS.includes(f)),
  }
}
