import type { EventItem } from '@vie/types'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { foldLine } from './ical'
import { type CalendarEntry, eventsToIcs } from './icalEvents'

const meta = {
  name: 'VIE – Veranstaltungen',
  description: 'Termine; Workshops, Konferenzen',
  refreshInterval: 'PT1H',
  source: 'https://vie.example/public/v1/events.ics',
  lang: 'de' as const,
}

function item(overrides: Partial<EventItem>): EventItem {
  return {
    slug: 'probe',
    title: 'Probe',
    kind: { value: 'workshop', label: 'Workshop' },
    mode: { value: 'on-site', label: 'Vor Ort' },
    status: { value: 'scheduled', label: 'Geplant' },
    start: '2025-03-29T10:00:00+01:00',
    end: '2025-03-29T12:00:00+01:00',
    allDay: false,
    timeZone: 'Europe/Berlin',
    dateText: null,
    place: { name: 'Rathaus', city: 'Leipzig', country: 'DE' },
    registrationUrl: null,
    onlineUrl: null,
    summary: null,
    topics: [],
    networks: [],
    tandems: [],
    updatedAt: '2025-01-15T08:30:00.000Z',
    fallback: [],
    ...overrides,
  }
}

const entry = (event: EventItem, sequence = 0): CalendarEntry => ({
  event,
  uid: `${event.slug}-uid@vie`,
  sequence,
  detailUrl: `https://vie.example/public/v1/events/${event.slug}`,
})

/** Parses with ical.js and registers the feed's own VTIMEZONEs, as a calendar client does. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz))
  return calendar
}

describe('iCalendar feed', () => {
  it('gives times in Europe/Berlin that an independent parser resolves right on both sides of a DST change', () => {
    ICAL.TimezoneService.reset()
    const ics = eventsToIcs(meta, [
      entry(item({ slug: 'before', start: '2025-03-29T10:00:00+01:00', end: '2025-03-29T12:00:00+01:00' })),
      entry(item({ slug: 'after', start: '2025-03-31T10:00:00+02:00', end: '2025-03-31T12:00:00+02:00' })),
      entry(item({ slug: 'autumn', start: '2025-10-26T01:30:00+02:00', end: '2025-10-26T03:30:00+01:00' })),
    ])
    const events = parse(ics).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2025-03-29T09:00:00.000Z',
      '2025-03-31T08:00:00.000Z',
      '2025-10-25T23:30:00.000Z',
    ])
    expect(events.map((e) => e.endDate.toJSDate().toISOString())).toEqual([
      '2025-03-29T11:00:00.000Z',
      '2025-03-31T10:00:00.000Z',
      '2025-10-26T02:30:00.000Z',
    ])
    expect(events.map((e) => e.startDate.zone?.tzid)).toEqual(['Europe/Berlin', 'Europe/Berlin', 'Europe/Berlin'])
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20250329T100000')
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20250331T100000')
  })

  it('defines the zone with daylight and standard observances that match the transitions', () => {
    const ics = eventsToIcs(meta, [entry(item({}))])
    const tz = parse(ics).getFirstSubcomponent('vtimezone')
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin')
    const daylight = tz?.getAllSubcomponents('daylight').map((c) => String(c.getFirstPropertyValue('dtstart')))
    expect(daylight).toEqual(['2025-03-30T02:00:00'])
    const standard = tz?.getAllSubcomponents('standard').map((c) => String(c.getFirstPropertyValue('dtstart')))
    expect(standard).toEqual(['2025-01-01T01:00:00', '2025-10-26T03:00:00'])
  })

  it('writes UTC times without a VTIMEZONE for events in UTC, and DATE values for all-day events', () => {
    const ics = eventsToIcs(meta, [
      entry(item({ slug: 'utc', timeZone: 'UTC', start: '2025-06-01T08:00:00+00:00', end: null })),
      entry(item({ slug: 'days', allDay: true, start: '2024-09-21', end: '2024-09-22' })),
    ])
    expect(ics).not.toContain('BEGIN:VTIMEZONE')
    expect(ics).toContain('DTSTART:20250601T080000Z')
    const [utc, days] = parse(ics).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(utc?.startDate.toJSDate().toISOString()).toBe('2025-06-01T08:00:00.000Z')
    expect(days?.startDate.isDate).toBe(true)
    expect(days?.startDate.toString()).toBe('2024-09-21')
    // DTEND of an all-day event is the day after the last day.
    expect(days?.endDate.toString()).toBe('2024-09-23')
  })

  it('carries UID, SEQUENCE, DTSTAMP, STATUS, URL, LOCATION and the RFC 7986 calendar properties', () => {
    const ics = eventsToIcs(meta, [
      entry(item({ slug: 'off', status: { value: 'cancelled', label: 'Abgesagt' }, registrationUrl: 'https://example.org/x' }), 7),
      entry(item({ slug: 'on', mode: { value: 'online', label: 'Online' }, place: null })),
    ])
    const calendar = parse(ics)
    expect(calendar.getFirstPropertyValue('name')).toBe(meta.name)
    expect(calendar.getFirstPropertyValue('description')).toBe(meta.description)
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H')
    expect(calendar.getFirstProperty('refresh-interval')?.type).toBe('duration')
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H')
    const [off, on] = calendar.getAllSubcomponents('vevent')
    expect(off?.getFirstPropertyValue('uid')).toBe('off-uid@vie')
    expect(off?.getFirstPropertyValue('sequence')).toBe(7)
    expect(off?.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(String(off?.getFirstPropertyValue('dtstamp'))).toBe('2025-01-15T08:30:00Z')
    expect(off?.getFirstPropertyValue('url')).toBe('https://example.org/x')
    expect(off?.getFirstPropertyValue('location')).toBe('Rathaus, Leipzig, DE')
    expect(on?.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(on?.getFirstPropertyValue('location')).toBe('Online')
    expect(on?.getFirstPropertyValue('url')).toBe('https://vie.example/public/v1/events/on')
  })

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    const title = 'Workshop; Daten, Räume \\ und „Smart Cities“ – ' + 'äöü€😀'.repeat(30)
    const summary = 'Erste Zeile\nZweite Zeile; mit, Zeichen'
    const ics = eventsToIcs(meta, [entry(item({ title, summary }))])
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics).not.toMatch(/[^\r]\n/)
    expect(ics).not.toContain('\uFFFD')
    const event = new ICAL.Event(parse(ics).getFirstSubcomponent('vevent') ?? undefined)
    expect(event.summary).toBe(title)
    expect(event.description).toBe(`${summary}\n\nhttps://vie.example/public/v1/events/probe`)
  })

  it('folds exactly at the octet limit', () => {
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n')
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([75, 75, 64])
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true)
  })
})
