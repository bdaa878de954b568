import type { EventDetail, EventItem, Lang } from '@vie/types'

import { formatDate, formatInZone, isTimeZone, localParts, startOfDay } from '../time/zone'
import { pick } from './localize'
import { type Lookup, municipalityRef, networkRef, resolve, tandemRef, topicRefs } from './lookup'
import type { LocalizedValue, RawEvent } from './raw'
import { labelled } from './vocabulary'

/** Where the register's events happen unless an editor says otherwise (the collection's default too). */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin'

/** The instants an event occupies, for `when`, `from` and `to`. */
export type EventSpan = { startsAt: number; endsAt: number }

export type EventTiming = {
  timeZone: string
  allDay: boolean
  /** As the DTO shows them: dates for all-day events, ISO date-times with offset otherwise. */
  start: string | null
  end: string | null
  /** Null for an event without a date. An all-day event runs from its first midnight to the midnight after its last day. */
  span: EventSpan | null
}

const validDate = (iso: string | null | undefined): Date | null =>
  iso && !Number.isNaN(Date.parse(iso)) ? new Date(iso) : null

export function eventTiming(raw: RawEvent): EventTiming {
  const given = raw.start_tz ?? DEFAULT_TIME_ZONE
  const timeZone = isTimeZone(given) ? given : DEFAULT_TIME_ZONE
  const endZone = raw.end_tz && isTimeZone(raw.end_tz) ? raw.end_tz : timeZone
  const start = validDate(raw.start)
  const end = validDate(raw.end)
  const allDay = Boolean(raw.allDay)
  if (!start) return { timeZone, allDay, start: null, end: null, span: null }
  if (allDay) {
    const first = localParts(start, timeZone)
    const last = localParts(end ?? start, endZone)
    const afterLast = new Date(Date.UTC(last.year, last.month - 1, last.day + 1))
    return {
      timeZone,
      allDay,
      start: formatDate(first),
      end: end ? formatDate(last) : null,
      span: {
        startsAt: startOfDay(first.year, first.month, first.day, timeZone).getTime(),
        endsAt: startOfDay(afterLast.getUTCFullYear(), afterLast.getUTCMonth() + 1, afterLast.getUTCDate(), timeZone).getTime(),
      },
    }
  }
  return {
    timeZone,
    allDay,
    start: formatInZone(start, timeZone),
    end: end ? formatInZone(end, endZone) : null,
    span: { startsAt: start.getTime(), endsAt: (end ?? start).getTime() },
  }
}

/** The event in one language. */
export function eventDetail(raw: RawEvent, timing: EventTiming, lookup: Lookup, lang: Lang): EventDetail {
  const fallback: string[] = []
  const text = (value: LocalizedValue<string>, path: string) => pick(value, lang, path, fallback)
  const { vocab } = lookup
  const venue = text(raw.venue, 'place.name')
  const city = text(raw.city, 'place.city')
  const country = raw.country ?? null
  return {
    slug: raw.slug,
    title: text(raw.title, 'title') ?? raw.slug,
    kind: labelled(vocab, 'eventKind', raw.kind as EventDetail['kind']['value'], lang),
    mode: raw.mode ? labelled(vocab, 'eventMode', raw.mode as NonNullable<EventDetail['mode']>['value'], lang) : null,
    status: labelled(vocab, 'eventStatus', (raw.status ?? 'scheduled') as EventDetail['status']['value'], lang),
    start: timing.start,
    end: timing.end,
    dateText: text(raw.dateNote, 'dateText'),
    allDay: timing.allDay,
    timeZone: timing.timeZone,
    place: venue || city || country ? { name: venue, city, country } : null,
    registrationUrl: raw.registrationUrl ?? null,
    onlineUrl: raw.onlineUrl ?? null,
    summary: text(raw.summary, 'summary'),
    topics: topicRefs(lookup, raw.topics, lang, 'topics', fallback),
    networks: resolve(lookup.networks, raw.relatedNetworks).map((n) => networkRef(n, lang)),
    tandems: resolve(lookup.tandems, raw.relatedTandems).map((t) => tandemRef(t, lang)),
    updatedAt: raw.updatedAt,
    audience: raw.audience ? labelled(vocab, 'eventAudience', raw.audience as NonNullable<EventDetail['audience']>['value'], lang) : null,
    organizer: text(raw.organizer, 'organizer'),
    participantsCount: raw.participantsCount ?? null,
    municipalities: resolve(lookup.municipalities, raw.municipalities).map((m) => municipalityRef(m, lang)),
    lang,
    fallback,
  }
}

const DETAIL_ONLY = ['organizer']

/** The list entry is a projection of the detail. */
export function eventItem(detail: EventDetail): EventItem {
  const {
    audience: _audience,
    organizer: _organizer,
    participantsCount: _count,
    municipalities: _municipalities,
    lang: _lang,
    ...item
  } = detail
  return { ...item, fallback: detail.fallback.filter((f) => !DETAIL_ONLY.includes(f)) }
}
