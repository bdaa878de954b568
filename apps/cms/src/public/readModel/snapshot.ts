import type {
  EventDetail,
  EventItem,
  Lang,
  MunicipalityDetail,
  NetworkCard,
  NetworkDetail,
  Stats,
  TandemCard,
  TandemDetail,
} from '@vie/types'
import crypto from 'node:crypto'

import { searchText } from '../text/normalize'
import { localParts } from '../time/zone'
import { allLanguages, pick } from './localize'
import { byId, type Lookup, relationId, resolve } from './lookup'
import { eventDetail, eventItem, type EventSpan, eventTiming } from './mapEvent'
import { municipalityDetail } from './mapMunicipality'
import { matchProfileOf } from '../../partners/fromReadModel'
import type { MatchProfile } from '../../partners/profile'
import { networkCard, networkDetail } from './mapNetwork'
import { tandemCard, tandemDetail } from './mapTandem'
import type { RawEvent, RawRecords } from './raw'
import { computeStats } from './stats'
import type { Vocabularies } from './vocabulary'

export type PerLang<T> = Record<Lang, T>

export type NetworkEntry = {
  slug: string
  category: string
  initiative: string
  scope: string | null
  themes: Set<string>
  municipalities: Set<string>
  foundedYear: number | null
  updatedAt: number
  /** Folded name and acronym, to rank name hits first. */
  nameText: string
  /** Folded name, acronym, goals and results in both languages. */
  fullText: string
  card: PerLang<NetworkCard>
  detail: PerLang<NetworkDetail>
}

export type EventEntry = {
  slug: string
  /** Null for events without a date: listed under `when=all` only, never in a calendar. */
  span: EventSpan | null
  year: number | null
  topics: Set<string>
  networks: Set<string>
  tandems: Set<string>
  /** Municipalities the event concerns: named directly, or through its tandems and networks. */
  municipalities: Set<string>
  country: string | null
  mode: string | null
  kind: string
  status: string
  uid: string
  sequence: number
  item: PerLang<EventItem>
  detail: PerLang<EventDetail>
}

export type TandemEntry = {
  slug: string
  status: string
  countries: Set<string>
  topics: Set<string>
  card: PerLang<TandemCard>
  detail: PerLang<TandemDetail>
}

export type MunicipalityEntry = {
  slug: string
  detail: PerLang<Omit<MunicipalityDetail, 'upcomingEvents'>>
  /** Chronological; the route keeps those not yet over. */
  events: EventEntry[]
  /** What the partner finder compares (`src/partners`). */
  match: MatchProfile
}

/** One immutable, fully built state of the public data; requests read it without touching the database. */
export type Snapshot = {
  /** The latest `updatedAt` of any published record (or the build time of an empty register). */
  modified: string
  vocab: Vocabularies
  topics: { slug: string; label: PerLang<string> }[]
  networks: NetworkEntry[]
  networkBySlug: Map<string, NetworkEntry>
  tandems: TandemEntry[]
  tandemBySlug: Map<string, TandemEntry>
  events: EventEntry[]
  eventBySlug: Map<string, EventEntry>
  /** Every dated event's end, ascending: the instants at which answers that depend on the clock change. */
  eventEnds: Float64Array
  municipalityBySlug: Map<string, MunicipalityEntry>
  stats: PerLang<Stats>
}

const perLang = <T>(build: (lang: Lang) => T): PerLang<T> => ({ de: build('de'), en: build('en') })

export const nameCollator = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/** An RFC 4122 name-based UUID (version 5 layout) of the record's id: the same event keeps its UID across edits, slug changes and hosts. */
export function stableUid(collection: string, id: string): string {
  const hash = crypto.createHash('sha1').update(`vie:${collection}:${id}`).digest()
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Seconds between creation and the last published change: grows with every change, fits RFC 5545's INTEGER for 68 years. */
export const sequenceOf = (raw: { createdAt: string; updatedAt: string }): number =>
  Math.max(0, Math.floor((Date.parse(raw.updatedAt) - Date.parse(raw.createdAt)) / 1000))

/** An event with its language-independent index fields and both languages' DTOs. */
function eventEntry(e: RawEvent, lookup: Lookup): EventEntry {
  const timing = eventTiming(e)
  const detail = perLang((lang) => eventDetail(e, timing, lookup, lang))
  const eventTandems = resolve(lookup.tandems, e.relatedTandems)
  const eventNetworks = resolve(lookup.networks, e.relatedNetworks)
  const municipalities = new Set([
    ...slugsOf(resolve(lookup.municipalities, e.municipalities)),
    ...eventTandems.flatMap((t) => [...slugsOf(resolve(lookup.municipalities, t.municipalities))]),
    ...eventNetworks.flatMap((n) => [...slugsOf(resolve(lookup.municipalities, n.germanMunicipalities))]),
  ])
  return {
    slug: e.slug,
    span: timing.span,
    year: timing.span ? localParts(new Date(timing.span.startsAt), timing.timeZone).year : null,
    topics: slugsOf(resolve(lookup.topics, e.topics)),
    networks: slugsOf(eventNetworks),
    tandems: slugsOf(eventTandems),
    municipalities,
    country: e.country ?? null,
    mode: e.mode ?? null,
    kind: e.kind,
    status: e.status ?? 'scheduled',
    uid: stableUid('events', String(e.id)),
    sequence: sequenceOf(e),
    item: perLang((lang) => eventItem(detail[lang])),
    detail,
  }
}

/** Dated events by start, then undated ones, each group by slug. */
function chronological(a: EventEntry, b: EventEntry): number {
  const aStart = a.span?.startsAt ?? Infinity
  const bStart = b.span?.startsAt ?? Infinity
  return aStart === bStart ? a.slug.localeCompare(b.slug) : aStart < bStart ? -1 : 1
}

const slugsOf = <T extends { slug: string }>(docs: T[]): Set<string> => new Set(docs.map((d) => d.slug))

/**
 * Builds every DTO in both languages and the indexes the filters use. Pure: the same records
 * give the same snapshot, which is what the unit tests rely on.
 */
export function buildSnapshot(raw: RawRecords, vocab: Vocabularies, now = new Date()): Snapshot {
  const lookup: Lookup = {
    vocab,
    topics: byId(raw.topics),
    municipalities: byId(raw.municipalities),
    networks: byId(raw.networks),
    tandems: byId(raw.tandems),
  }
  const networksOf = (municipalityId: string) =>
    raw.networks.filter((n) => (n.germanMunicipalities ?? []).some((r) => relationId(r) === municipalityId))
  const tandemsOf = (municipalityId: string) =>
    raw.tandems.filter((t) => (t.municipalities ?? []).some((r) => relationId(r) === municipalityId))

  const events = raw.events.map((e) => eventEntry(e, lookup)).sort(chronological)

  const networks = raw.networks
    .map((n): NetworkEntry => {
      const detail = perLang((lang) => networkDetail(n, lookup, lang))
      return {
        slug: n.slug,
        category: n.category,
        initiative: n.foundingInitiative,
        scope: n.geographicScope ?? null,
        themes: slugsOf(resolve(lookup.topics, n.themes)),
        municipalities: slugsOf(resolve(lookup.municipalities, n.germanMunicipalities)),
        foundedYear: n.foundedYear ?? null,
        updatedAt: Date.parse(n.updatedAt),
        nameText: searchText([...allLanguages(n.name), n.acronym]),
        fullText: searchText([...allLanguages(n.name), n.acronym, ...allLanguages(n.goals), ...allLanguages(n.results)]),
        card: perLang((lang) => networkCard(detail[lang])),
        detail,
      }
    })
    .sort((a, b) => nameCollator.compare(a.detail.de.name, b.detail.de.name))

  const tandems = raw.tandems
    .map((t): TandemEntry => {
      const base = perLang((lang) => tandemDetail(t, lookup, lang))
      const own = events.filter((e) => e.tandems.has(t.slug))
      const partners = resolve(lookup.municipalities, t.municipalities)
      return {
        slug: t.slug,
        status: t.status,
        countries: new Set(partners.map((m) => m.country)),
        topics: slugsOf(resolve(lookup.topics, t.topics)),
        card: perLang((lang) => tandemCard(base[lang])),
        detail: perLang((lang) => ({ ...base[lang], events: own.map((e) => e.item[lang]) })),
      }
    })
    .sort((a, b) => nameCollator.compare(a.detail.de.title, b.detail.de.title))

  const municipalityBySlug = new Map(
    raw.municipalities.map((m): [string, MunicipalityEntry] => {
      const id = String(m.id)
      const related = { networks: networksOf(id), tandems: tandemsOf(id) }
      return [
        m.slug,
        {
          slug: m.slug,
          detail: perLang((lang) => municipalityDetail(m, related, lookup, lang)),
          events: events.filter((e) => e.municipalities.has(m.slug)),
          match: matchProfileOf(m, pick(m.name, 'de', 'name', []) ?? m.slug, related, lookup),
        },
      ]
    }),
  )

  const updated = [...raw.topics, ...raw.municipalities, ...raw.networks, ...raw.tandems, ...raw.events].map((d) =>
    Date.parse(d.updatedAt),
  )
  const latest = updated.reduce((max, t) => (t > max ? t : max), Number.NEGATIVE_INFINITY)
  const modified = updated.length ? new Date(latest).toISOString() : now.toISOString()

  const snapshot: Omit<Snapshot, 'stats'> = {
    modified,
    vocab,
    topics: raw.topics.map((t) => ({ slug: t.slug, label: perLang((lang) => pick(t.label, lang, 'label', []) ?? t.slug) })),
    networks,
    networkBySlug: new Map(networks.map((n) => [n.slug, n])),
    tandems,
    tandemBySlug: new Map(tandems.map((t) => [t.slug, t])),
    events,
    eventBySlug: new Map(events.map((e) => [e.slug, e])),
    eventEnds: Float64Array.from(events.flatMap((e) => (e.span ? [e.span.endsAt] : []))).sort(),
    municipalityBySlug,
  }
  return { ...snapshot, stats: perLang((lang) => computeStats(snapshot, lang)) }
}
