import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { idOf, graphql, rest } from '../helpers/records'
import { restInput } from '../helpers/recordInputs'
import { useRecordServer } from '../helpers/recordServer'

type EventDoc = { id: string; slug: string; start_tz?: string | null; end_tz?: string | null }

/** The calendar of one event, once the public read model has taken the publish in. */
async function calendarOf(url: string, slug: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(`${url}/public/v1/events/${slug}.ics`)
    if (res.status === 200) return res.text()
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no calendar for ${slug}`)
}

describe('event time zones', () => {
  const booted = useRecordServer()

  const create = async (data: Record<string, unknown>): Promise<EventDoc> => {
    const reply = await rest(booted.who.editor, 'POST', '/events', { ...restInput('events', booted.refs), ...data })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    return (await rest(booted.who.editor, 'GET', `/events/${idOf(reply)}?depth=0`)).body as EventDoc
  }

  it('accept any IANA zone; the end zone follows the start zone when none is given', async () => {
    const helsinki = await create({ start: '2025-07-01T06:00:00.000Z', end: '2025-07-01T14:00:00.000Z', start_tz: 'Europe/Helsinki' })
    expect(helsinki).toMatchObject({ start_tz: 'Europe/Helsinki', end_tz: 'Europe/Helsinki' })

    const moved = await rest(booted.who.editor, 'PATCH', `/events/${helsinki.id}`, { start_tz: 'Europe/Lisbon' })
    expect(moved.status).toBe(200)
    expect((moved.body.doc as EventDoc).end_tz).toBe('Europe/Lisbon')

    const apart = await create({ start_tz: 'Europe/Dublin', end_tz: 'Europe/Warsaw' })
    expect(apart).toMatchObject({ start_tz: 'Europe/Dublin', end_tz: 'Europe/Warsaw' })
    const kept = await rest(booted.who.editor, 'PATCH', `/events/${apart.id}`, { start_tz: 'Europe/Vienna' })
    expect((kept.body.doc as EventDoc).end_tz).toBe('Europe/Warsaw')
  })

  it('refuse a zone that does not exist', async () => {
    const reply = await rest(booted.who.editor, 'POST', '/events', { ...restInput('events', booted.refs), start_tz: 'Europe/Atlantis' })
    expect(reply.status).toBe(400)
  })

  it('give the public calendar a VTIMEZONE for Helsinki and São Paulo', async () => {
    const helsinki = await create({ start: '2025-12-01T08:00:00.000Z', end: '2025-12-01T10:00:00.000Z', start_tz: 'Europe/Helsinki' })
    const saoPaulo = await create({ start: '2025-12-02T13:00:00.000Z', end: '2025-12-02T15:00:00.000Z', start_tz: 'America/Sao_Paulo' })

    for (const [doc, zone, localStart] of [
      [helsinki, 'Europe/Helsinki', '2025-12-01T10:00:00'],
      [saoPaulo, 'America/Sao_Paulo', '2025-12-02T10:00:00'],
    ] as const) {
      const ics = await calendarOf(booted.server.url, doc.slug)
      const calendar = new ICAL.Component(ICAL.parse(ics))
      const zones = calendar.getAllSubcomponents('vtimezone')
      expect(zones.map((tz) => tz.getFirstPropertyValue('tzid'))).toContain(zone)
      for (const tz of zones) ICAL.TimezoneService.register(new ICAL.Timezone(tz))
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component)
      expect(event.startDate.zone?.tzid).toBe(zone)
      expect(event.startDate.toString()).toBe(localStart)
      expect(event.endDate.zone?.tzid).toBe(zone)
    }
  })

  it('GraphQL reads the zones', async () => {
    const doc = await create({ start_tz: 'America/Sao_Paulo' })
    const reply = await graphql(booted.who.editor, `query($id: String!) { Event(id: $id) { start_tz end_tz } }`, { id: doc.id })
    expect(reply.errors).toBeUndefined()
    expect(JSON.stringify(reply.data)).toMatch(/America.Sao_Paulo.*America.Sao_Paulo/)
  })
})
