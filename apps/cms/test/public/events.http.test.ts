import type { EventDetail, EventItem, Page } from '@vie/types'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RawEvent } from '../../src/public/readModel/raw'
import { type FixtureApi, startFixtureApi } from './helpers/fixtureApi'
import { eventually, expectProblem, getJson, slugs } from './helpers/http'

type Events = Page<EventItem>

/** Two timed workshops either side of the 2025 spring DST change in Berlin, one of them cancelled. */
function dstEvents(): RawEvent[] {
  const base = { kind: 'workshop', mode: 'hybrid', start_tz: 'Europe/Berlin', createdAt: '2025-01-10T09:00:00.000Z', _status: 'published' as const }
  return [
    {
      ...base,
      id: 9001,
      slug: 'winter-workshop',
      title: { de: 'Winter-Workshop', en: 'Winter workshop' },
      status: 'scheduled',
      start: '2025-03-29T09:00:00.000Z',
      end: '2025-03-29T11:00:00.000Z',
      city: { de: 'Leipzig' },
      country: 'DE',
      summary: { de: 'Letzter Samstag der Normalzeit; Daten, Räume.' },
      updatedAt: '2025-01-10T09:00:00.000Z',
    },
    {
      ...base,
      id: 9002,
      slug: 'summer-workshop',
      title: { de: 'Sommer-Workshop' },
      status: 'cancelled',
      start: '2025-03-31T08:00:00.000Z',
      end: '2025-03-31T10:00:00.000Z',
      city: { de: 'München' },
      country: 'DE',
      updatedAt: '2025-01-10T09:00:30.000Z',
    },
  ]
}

describe('GET /public/v1/events', () => {
  let f: FixtureApi
  beforeAll(async () => {
    f = await startFixtureApi({ now: '2024-06-01T10:00:00Z' })
  })
  afterAll(async () => {
    await f?.close()
  })

  it('lists upcoming events by default, soonest first', async () => {
    const { res, body } = await getJson<Events>(`${f.api}/events`)
    expect(res.status).toBe(200)
    expect(slugs(body)).toEqual(['workshop-data-sets-in-smart-cities-2024', 'projektabschlusstreffen-paris-2024', 'abschlussworkshop-debrief-2024-12'])
    expect(body.items[0]).toMatchObject({ allDay: true, start: '2024-07-30', end: '2024-07-30', timeZone: 'Europe/Berlin', mode: { value: 'online' } })
  })

  it('lists past events newest first, and all events chronologically with undated ones last', async () => {
    const past = (await getJson<Events>(`${f.api}/events?when=past&limit=100`)).body.items.map((e) => e.start ?? '')
    expect(past.length).toBeGreaterThan(3)
    expect(past).toEqual([...past].sort().reverse())
    const all = (await getJson<Events>(`${f.api}/events?when=all&limit=100`)).body.items
    expect(all).toHaveLength(20)
    const dated = all.filter((e) => e.start).map((e) => e.start ?? '')
    expect(dated).toEqual([...dated].sort())
    expect(all.slice(dated.length).every((e) => e.start === null)).toBe(true)
    expect(all.find((e) => e.slug === 'digitale-tage-hamm')).toMatchObject({ start: null, mode: null })
  })

  it('filters by from, to, topic, tandem, country, mode and kind', async () => {
    const window = await getJson<Events>(`${f.api}/events?when=all&from=2023-01-01&to=2023-12-31&limit=100`)
    expect(slugs(window.body)).toEqual(['vernetzungsworkshop-leipzig', 'projekttreffen-berlin-2023'])
    const dateTime = await getJson<Events>(`${f.api}/events?when=all&from=2023-09-22T12:00:00%2B02:00&to=2023-10-23&limit=100`)
    expect(slugs(dateTime.body)).toEqual(['vernetzungsworkshop-leipzig', 'projekttreffen-berlin-2023'])
    const paris = await getJson<Events>(`${f.api}/events?when=all&country=FR&limit=100`)
    expect(paris.body.items.every((e) => e.place?.country === 'FR')).toBe(true)
    const online = await getJson<Events>(`${f.api}/events?when=all&mode=online&limit=100`)
    expect(online.body.items.every((e) => e.mode?.value === 'online')).toBe(true)
    const webinars = await getJson<Events>(`${f.api}/events?when=all&kind=webinar&limit=100`)
    expect(slugs(webinars.body).sort()).toEqual(['webseminar-city-follows-data-2022', 'webseminar-eu-foerdermoeglichkeiten-2022'])
    const tandem = await getJson<Events>(`${f.api}/events?when=all&tandem=pirna-boleslawiec&limit=100`)
    expect(tandem.body.items.every((e) => e.tandems.some((t) => t.slug === 'pirna-boleslawiec'))).toBe(true)
    expect(tandem.body.total).toBeGreaterThan(0)
    const topic = await getJson<Events>(`${f.api}/events?when=all&topic=funding&limit=100`)
    expect(topic.body.items.every((e) => e.topics.some((t) => t.slug === 'funding'))).toBe(true)
  })

  it('refuses malformed dates, reversed ranges and unknown values', async () => {
    for (const bad of ['2024-13-01', '2024-02-30', 'yesterday', '2024-06-01T25:00:00Z', '01.06.2024']) {
      const problem = await expectProblem(`${f.api}/events?from=${encodeURIComponent(bad)}`, 400)
      expect(problem.invalidParams?.[0]).toMatchObject({ name: 'from', value: bad })
    }
    expect((await expectProblem(`${f.api}/events?from=2024-06-02&to=2024-06-01`, 400)).invalidParams?.[0]?.name).toBe('from')
    expect((await expectProblem(`${f.api}/events?when=soon`, 400)).invalidParams?.[0]?.allowed).toEqual(['upcoming', 'past', 'all'])
    expect((await expectProblem(`${f.api}/events?mode=virtual`, 400)).invalidParams?.[0]?.allowed).toEqual(['online', 'hybrid', 'on-site'])
    expect((await expectProblem(`${f.api}/events?kind=party`, 400)).invalidParams?.[0]?.name).toBe('kind')
    expect((await expectProblem(`${f.api}/events?network=nowhere`, 400)).invalidParams?.[0]?.name).toBe('network')
    await expectProblem(`${f.api}/events/nothing-here`, 404)
  })

  it('gives times in ISO 8601 with the offset of the day, plus the IANA zone', async () => {
    f.source.change((records) => records.events.push(...dstEvents()))
    f.model.notifyChange()
    await expect.poll(async () => (await fetch(`${f.api}/events/summer-workshop`)).status).toBe(200)
    const winter = (await getJson<EventDetail>(`${f.api}/events/winter-workshop`)).body
    const summer = (await getJson<EventDetail>(`${f.api}/events/summer-workshop?lang=en`)).body
    expect(winter).toMatchObject({ start: '2025-03-29T10:00:00+01:00', end: '2025-03-29T12:00:00+01:00', timeZone: 'Europe/Berlin', allDay: false })
    expect(summer).toMatchObject({ start: '2025-03-31T10:00:00+02:00', status: { value: 'cancelled', label: 'Cancelled' } })
    expect(summer.fallback).toEqual(expect.arrayContaining(['title', 'place.city']))
    const ld = (await (await fetch(`${f.api}/events/summer-workshop?format=jsonld`)).json()) as Record<string, unknown>
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2025-03-31T10:00:00+02:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    })
  })
})

describe('GET /public/v1/events.ics and /events/{slug}.ics', () => {
  let f: FixtureApi
  beforeAll(async () => {
    f = await startFixtureApi({ now: '2025-03-01T10:00:00Z' })
    f.source.change((records) => records.events.push(...dstEvents()))
    f.model.notifyChange()
    await eventually(async () => (await fetch(`${f.api}/events/winter-workshop`)).status === 200)
  })
  afterAll(async () => {
    await f?.close()
  })

  const parse = (ics: string) => {
    ICAL.TimezoneService.reset()
    const calendar = new ICAL.Component(ICAL.parse(ics))
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz))
    return calendar
  }

  it('serves a feed that an independent parser reads with the right Berlin times across the DST change', async () => {
    const res = await fetch(`${f.api}/events.ics?from=2025-03-01`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/)
    const calendar = parse(await res.text())
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.map((e) => e.summary)).toEqual(['Winter-Workshop', 'Sommer-Workshop'])
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2025-03-29T09:00:00.000Z', '2025-03-31T08:00:00.000Z'])
    expect(events.map((e) => [e.startDate.hour, e.startDate.zone?.tzid])).toEqual([
      [10, 'Europe/Berlin'],
      [10, 'Europe/Berlin'],
    ])
    const [winter, summer] = calendar.getAllSubcomponents('vevent')
    expect(summer?.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(winter?.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(winter?.getFirstPropertyValue('location')).toBe('Leipzig, DE')
    expect(winter?.getFirstPropertyValue('url')).toBe(`${f.api}/events/winter-workshop`)
    expect(calendar.getFirstPropertyValue('name')).toBe('VIE – vernetzt in Europa: Veranstaltungen')
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H')
  })

  it('keeps UIDs stable and raises SEQUENCE and DTSTAMP when an event changes', async () => {
    const before = parse(await (await fetch(`${f.api}/events/winter-workshop.ics`)).text()).getFirstSubcomponent('vevent')
    f.source.change((records) => {
      const event = records.events.find((e) => e.slug === 'winter-workshop')
      if (event) {
        event.title = { de: 'Winter-Workshop (neuer Raum)' }
        event.updatedAt = '2025-02-01T12:00:00.000Z'
      }
    })
    f.model.notifyChange()
    await expect.poll(async () => (await (await fetch(`${f.api}/events/winter-workshop.ics`)).text()).includes('neuer Raum')).toBe(true)
    const after = parse(await (await fetch(`${f.api}/events/winter-workshop.ics`)).text()).getFirstSubcomponent('vevent')
    expect(after?.getFirstPropertyValue('uid')).toBe(before?.getFirstPropertyValue('uid'))
    expect(Number(after?.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before?.getFirstPropertyValue('sequence')))
    expect(String(after?.getFirstPropertyValue('dtstamp'))).toBe('2025-02-01T12:00:00Z')
  })

  it('takes the same filters as /events and refuses the same bad input', async () => {
    const ics = await (await fetch(`${f.api}/events.ics?kind=webinar`)).text()
    const summaries = parse(ics).getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('summary'))
    expect(summaries).toHaveLength(2)
    expect(ics).toContain('DTSTART;VALUE=DATE:20221206')
    const upcoming = parse(await (await fetch(`${f.api}/events.ics?when=upcoming`)).text())
    expect(upcoming.getAllSubcomponents('vevent')).toHaveLength(2)
    await expectProblem(`${f.api}/events.ics?from=tomorrow`, 400)
    await expectProblem(`${f.api}/events.ics?limit=5`, 400)
    await expectProblem(`${f.api}/events/nothing.ics`, 404)
    const undated = await expectProblem(`${f.api}/events/digitale-tage-hamm.ics`, 404)
    expect(undated.detail).toContain('digitale-tage-hamm')
  })
})
