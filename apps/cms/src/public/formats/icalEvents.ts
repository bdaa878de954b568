import type { EventItem } from '@vie/types'

import { localParts } from '../time/zone'
import { component, contentLine, dateValue, escapeText, localDateTime, serialize, utcDateTime } from './ical'
import { vtimezone } from './vtimezone'

/** An event with what the calendar needs beyond the DTO. */
export type CalendarEntry = {
  event: EventItem
  /** Stable across edits, slug changes and hosts. */
  uid: string
  /** Grows with every published change. */
  sequence: number
  /** Public page of the event (the detail endpoint), used when the event has no URL of its own. */
  detailUrl: string
}

export type CalendarMeta = {
  name: string
  description: string
  /** ISO 8601 duration clients should wait between refreshes (RFC 7986 REFRESH-INTERVAL). */
  refreshInterval: string
  /** Where this feed is fetched from (RFC 7986 SOURCE). */
  source: string
  lang: 'de' | 'en'
}

const STATUS: Record<EventItem['status']['value'], string> = {
  scheduled: 'CONFIRMED',
  cancelled: 'CANCELLED',
  // Postponed without a confirmed new date: still on the calendar, but not firm.
  postponed: 'TENTATIVE',
}

const isUtc = (zone: string): boolean => zone === 'UTC' || zone === 'Etc/UTC'

/** The day after an ISO date: DTEND of an all-day event is exclusive (§3.6.1). */
function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

function timeLine(name: 'DTSTART' | 'DTEND', iso: string, zone: string): string {
  const instant = new Date(iso)
  if (isUtc(zone)) return contentLine(name, utcDateTime(instant))
  return contentLine(name, localDateTime(localParts(instant, zone)), { TZID: zone })
}

function location(event: EventItem): string | null {
  const { place } = event
  const parts = [place?.name, place?.city, place?.country].filter((p): p is string => Boolean(p))
  if (parts.length) return parts.join(', ')
  return event.mode?.value === 'online' ? event.mode.label : null
}

type DatedEntry = CalendarEntry & { event: EventItem & { start: string } }

const isDated = (entry: CalendarEntry): entry is DatedEntry => entry.event.start !== null

function vevent({ event, uid, sequence, detailUrl }: DatedEntry): string[] {
  const updated = new Date(event.updatedAt)
  const times = event.allDay
    ? [
        contentLine('DTSTART', dateValue(event.start), { VALUE: 'DATE' }),
        contentLine('DTEND', dateValue(nextDay(event.end ?? event.start)), { VALUE: 'DATE' }),
      ]
    : [timeLine('DTSTART', event.start, event.timeZone), ...(event.end ? [timeLine('DTEND', event.end, event.timeZone)] : [])]
  const where = location(event)
  const description = [event.summary, detailUrl].filter(Boolean).join('\n\n')
  return component('VEVENT', [
    contentLine('UID', uid),
    // A published feed's DTSTAMP is when the event's data last changed, so the feed stays byte-stable.
    contentLine('DTSTAMP', utcDateTime(updated)),
    contentLine('LAST-MODIFIED', utcDateTime(updated)),
    contentLine('SEQUENCE', String(sequence)),
    ...times,
    contentLine('SUMMARY', escapeText(event.title)),
    contentLine('DESCRIPTION', escapeText(description)),
    ...(where ? [contentLine('LOCATION', escapeText(where))] : []),
    contentLine('URL', event.registrationUrl ?? event.onlineUrl ?? detailUrl, { VALUE: 'URI' }),
    contentLine('STATUS', STATUS[event.status.value]),
    ...(event.topics.length ? [contentLine('CATEGORIES', event.topics.map((t) => escapeText(t.label)).join(','))] : []),
    contentLine('CLASS', 'PUBLIC'),
  ])
}

/** One VEVENT as text, with the zone and the local years its times need a VTIMEZONE for. */
type RenderedEvent = { uid: string; sequence: number; detailUrl: string; text: string; zone: string | null; from: number; to: number }

/**
 * VEVENTs already written, by the (immutable) DTO they were written from: a feed over thousands
 * of events is then a concatenation, and a new snapshot brings new DTOs and so new entries.
 */
const written = new WeakMap<EventItem, RenderedEvent>()

function renderEvent(entry: DatedEntry): RenderedEvent {
  const known = written.get(entry.event)
  if (known && known.uid === entry.uid && known.sequence === entry.sequence && known.detailUrl === entry.detailUrl) return known
  const { event } = entry
  const zone = event.allDay || isUtc(event.timeZone) ? null : event.timeZone
  const years = zone ? [event.start, event.end ?? event.start].map((iso) => localParts(new Date(iso), zone).year) : [0]
  const rendered: RenderedEvent = {
    uid: entry.uid,
    sequence: entry.sequence,
    detailUrl: entry.detailUrl,
    text: vevent(entry).join('\r\n'),
    zone,
    from: Math.min(...years),
    to: Math.max(...years),
  }
  written.set(event, rendered)
  return rendered
}

/** Years the zone definitions must cover: every timed event's start and end. */
function zoneYears(events: RenderedEvent[]): Map<string, { from: number; to: number }> {
  const zones = new Map<string, { from: number; to: number }>()
  for (const { zone, from, to } of events) {
    if (!zone) continue
    const known = zones.get(zone)
    zones.set(zone, known ? { from: Math.min(known.from, from), to: Math.max(known.to, to) } : { from, to })
  }
  return zones
}

/** VTIMEZONEs by zone and years: finding the transitions takes thousands of Intl calls. */
const zoneBlocks = new Map<string, string[]>()

function zoneBlock(zone: string, from: number, to: number): string[] {
  const key = `${zone} ${from} ${to}`
  let block = zoneBlocks.get(key)
  if (!block) {
    block = vtimezone(zone, from, to)
    // Few distinct ranges occur; a bound keeps odd filters from growing the map forever.
    if (zoneBlocks.size >= 256) zoneBlocks.clear()
    zoneBlocks.set(key, block)
  }
  return block
}

/**
 * A complete VCALENDAR for `entries`, with RFC 7986 calendar properties and one VTIMEZONE per
 * zone used. Events without a date cannot be placed in a calendar and are left out.
 */
export function eventsToIcs(meta: CalendarMeta, all: readonly CalendarEntry[]): string {
  const events = all.filter(isDated).map(renderEvent)
  const timezones = [...zoneYears(events)].flatMap(([zone, { from, to }]) => zoneBlock(zone, from, to))
  return serialize(
    component('VCALENDAR', [
      contentLine('VERSION', '2.0'),
      contentLine('PRODID', `-//BBSR//VIE vernetzt in Europa//${meta.lang.toUpperCase()}`),
      contentLine('CALSCALE', 'GREGORIAN'),
      contentLine('METHOD', 'PUBLISH'),
      contentLine('NAME', escapeText(meta.name)),
      contentLine('X-WR-CALNAME', escapeText(meta.name)),
      contentLine('DESCRIPTION', escapeText(meta.description)),
      contentLine('X-WR-CALDESC', escapeText(meta.description)),
      contentLine('REFRESH-INTERVAL', meta.refreshInterval, { VALUE: 'DURATION' }),
      contentLine('X-PUBLISHED-TTL', meta.refreshInterval),
      contentLine('SOURCE', meta.source, { VALUE: 'URI' }),
      ...timezones,
      ...events.map((e) => e.text),
    ]),
  )
}
