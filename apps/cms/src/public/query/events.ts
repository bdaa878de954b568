import type { EventWhen } from '@vie/types'

import { say } from '../i18n/messages'
import type { EventEntry, Snapshot } from '../readModel/snapshot'
import { vocabularyValues } from '../readModel/vocabulary'
import { formatSpec, langSpec, pageSpecs } from './common'
import { invalidParams, type Parsed, type ParamSpecs, type ParseContext, parseParams, type RawQuery } from './params'

export const EVENT_WHEN: readonly EventWhen[] = ['upcoming', 'past', 'all']

const specsOf = new WeakMap<Snapshot, ParamSpecs>()

/**
 * The filters of `/events`, shared by `/events.ics` and `/events.csv` (which page differently).
 * Their allowed values come from the snapshot, so they are worked out once per snapshot.
 */
export function eventFilterSpecs(snapshot: Snapshot): ParamSpecs {
  let specs = specsOf.get(snapshot)
  if (!specs) {
    specs = filterSpecs(snapshot)
    specsOf.set(snapshot, specs)
  }
  return specs
}

function filterSpecs(snapshot: Snapshot): ParamSpecs {
  const { vocab } = snapshot
  return {
    when: {
      kind: 'enum',
      values: EVENT_WHEN,
      default: 'upcoming',
      description: {
        de: '`upcoming` (noch nicht beendet, bald zuerst), `past` (beendet, neueste zuerst) oder `all` (chronologisch).',
        en: '`upcoming` (not yet over, soonest first), `past` (over, newest first) or `all` (chronological).',
      },
    },
    from: {
      kind: 'date',
      description: {
        de: 'Nur Veranstaltungen, die nach diesem Zeitpunkt enden (ISO 8601; ein Datum meint 0 Uhr in Europe/Berlin).',
        en: 'Only events ending after this time (ISO 8601; a date means midnight in Europe/Berlin).',
      },
    },
    to: {
      kind: 'date',
      description: {
        de: 'Nur Veranstaltungen, die vor diesem Zeitpunkt beginnen (ISO 8601; ein Datum meint 0 Uhr in Europe/Berlin am Folgetag, schließt den Tag also ein).',
        en: 'Only events starting before this time (ISO 8601; a date means midnight in Europe/Berlin after that day, so the day is included).',
      },
    },
    topic: {
      kind: 'enum',
      values: snapshot.topics.map((t) => t.slug),
      description: { de: 'Thema (Slug).', en: 'Topic (slug).' },
    },
    network: {
      kind: 'enum',
      values: snapshot.networks.map((n) => n.slug),
      description: { de: 'Netzwerk (Slug).', en: 'Network (slug).' },
    },
    tandem: {
      kind: 'enum',
      values: snapshot.tandems.map((t) => t.slug),
      description: { de: 'Tandem (Slug).', en: 'Tandem (slug).' },
    },
    country: {
      kind: 'enum',
      values: [...new Set(snapshot.events.map((e) => e.country).filter((c): c is string => Boolean(c)))].sort(),
      description: { de: 'Land des Veranstaltungsorts (ISO 3166-1 alpha-2).', en: 'Country of the venue (ISO 3166-1 alpha-2).' },
    },
    mode: {
      kind: 'enum',
      values: vocabularyValues(vocab, 'eventMode'),
      description: { de: 'Format: online, hybrid oder vor Ort.', en: 'Mode: online, hybrid or on-site.' },
    },
    kind: {
      kind: 'enum',
      values: vocabularyValues(vocab, 'eventKind'),
      description: { de: 'Art der Veranstaltung.', en: 'Kind of event.' },
    },
    ...langSpec,
  }
}

export const eventListSpecs = (snapshot: Snapshot): ParamSpecs => ({ ...eventFilterSpecs(snapshot), ...pageSpecs, ...formatSpec })

export type EventFilter = {
  when: EventWhen
  from?: Date
  to?: Date
  topic?: string
  network?: string
  tandem?: string
  country?: string
  mode?: string
  kind?: string
}

/** Parses the event filters (and whatever else `specs` holds, returned in `rest`). */
export function parseEventQuery(query: RawQuery, specs: ParamSpecs, ctx: ParseContext): { filter: EventFilter; rest: Parsed } {
  const { when, from, to, topic, network, tandem, country, mode, kind, ...rest } = parseParams(query, specs, ctx)
  const toValue = typeof query.to === 'string' ? query.to : ''
  // A date-only `to` includes that whole day.
  const toEnd = to instanceof Date && /^\d{4}-\d{2}-\d{2}$/.test(toValue) ? nextDayStart(toValue, ctx) : (to as Date | undefined)
  if (from instanceof Date && toEnd && from.getTime() >= toEnd.getTime()) {
    throw invalidParams(ctx.lang, [{ name: 'from', value: String(query.from), reason: say(ctx.lang, 'rangeReversed') }])
  }
  const filter: EventFilter = {
    when: when as EventWhen,
    from: from as Date | undefined,
    to: toEnd,
    topic: topic as string | undefined,
    network: network as string | undefined,
    tandem: tandem as string | undefined,
    country: country as string | undefined,
    mode: mode as string | undefined,
    kind: kind as string | undefined,
  }
  return { filter, rest }
}

function nextDayStart(isoDate: string, ctx: ParseContext): Date {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number)
  const next = new Date(Date.UTC(y, m - 1, d + 1))
  return ctx.dayStart(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())
}

type RelationIndex = { topic: Map<string, EventEntry[]>; network: Map<string, EventEntry[]>; tandem: Map<string, EventEntry[]> }

const indexes = new WeakMap<Snapshot, RelationIndex>()

/** Per topic, network and tandem: its events in the snapshot's chronological order, built on first use. */
function relationIndex(snapshot: Snapshot): RelationIndex {
  let index = indexes.get(snapshot)
  if (!index) {
    const build = (keysOf: (e: EventEntry) => Set<string>) => {
      const map = new Map<string, EventEntry[]>()
      for (const event of snapshot.events) {
        for (const key of keysOf(event)) {
          const list = map.get(key)
          if (list) list.push(event)
          else map.set(key, [event])
        }
      }
      return map
    }
    index = { topic: build((e) => e.topics), network: build((e) => e.networks), tandem: build((e) => e.tandems) }
    indexes.set(snapshot, index)
  }
  return index
}

/** The smallest chronological list that holds every match: a relation's events, or all of them. */
function candidates(snapshot: Snapshot, filter: EventFilter): readonly EventEntry[] {
  if (!filter.topic && !filter.network && !filter.tandem) return snapshot.events
  const index = relationIndex(snapshot)
  const lists = [
    filter.topic ? (index.topic.get(filter.topic) ?? []) : null,
    filter.network ? (index.network.get(filter.network) ?? []) : null,
    filter.tandem ? (index.tandem.get(filter.tandem) ?? []) : null,
  ].filter((list): list is EventEntry[] => list !== null)
  return lists.reduce((a, b) => (b.length < a.length ? b : a))
}

/**
 * Events matching `filter` at `now`: upcoming soonest first, past newest first, all chronological
 * with undated ones last. Starts from the smallest relation list and returns the snapshot's own
 * list when nothing filters, so no request copies the whole register.
 */
export function selectEvents(snapshot: Snapshot, filter: EventFilter, now: number): readonly EventEntry[] {
  const from = filter.from?.getTime()
  const to = filter.to?.getTime()
  const base = candidates(snapshot, filter)
  const timed = filter.when !== 'all' || from !== undefined || to !== undefined
  const other = filter.country || filter.mode || filter.kind
  if (!timed && !other && base === snapshot.events) return base
  const matches = base.filter(
    (e) =>
      (!timed ||
        (e.span !== null &&
          (filter.when === 'all' || (filter.when === 'upcoming' ? e.span.endsAt > now : e.span.endsAt <= now)) &&
          (from === undefined || e.span.endsAt > from) &&
          (to === undefined || e.span.startsAt < to))) &&
      (!filter.topic || e.topics.has(filter.topic)) &&
      (!filter.network || e.networks.has(filter.network)) &&
      (!filter.tandem || e.tandems.has(filter.tandem)) &&
      (!filter.country || e.country === filter.country) &&
      (!filter.mode || e.mode === filter.mode) &&
      (!filter.kind || e.kind === filter.kind),
  )
  return filter.when === 'past' ? matches.reverse() : matches
}
