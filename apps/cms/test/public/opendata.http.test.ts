import type { EventDump, NetworkDump, TandemDump } from '@vie/types'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LIST_SEPARATOR, unguard } from '../../src/public/formats/csv'
import { expectProblem, getJson } from './helpers/http'
import { type PublicApi, usePublicStack } from './helpers/publicStack'

type Row = Record<string, string>

async function csvRows(url: string): Promise<{ res: Response; raw: string; rows: Row[] }> {
  const res = await fetch(url)
  const bytes = new Uint8Array(await res.arrayBuffer())
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const rows = (parse(raw, { bom: true, columns: true, record_delimiter: '\r\n', relax_quotes: false }) as Row[]).map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unguard(v)])),
  )
  return { res, raw, rows }
}

/** A cell as the JSON value reads: empty means null, lists are split, numbers and yes/no parsed. */
const cell = {
  text: (v: string | undefined) => (v === '' || v === undefined ? null : v),
  number: (v: string | undefined) => (v === '' || v === undefined ? null : Number(v)),
  list: (v: string | undefined) => (v ? v.split(LIST_SEPARATOR) : []),
  flag: (v: string | undefined) => v === 'true',
}

const stack = usePublicStack()

describe('open data: CSV and JSON dumps', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('networks.csv is UTF-8 with BOM and CRLF, and reads back to exactly the JSON dump', async () => {
    for (const lang of ['de', 'en'] as const) {
      const { res, raw, rows } = await csvRows(`${f.api}/networks.csv?lang=${lang}`)
      expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
      expect(res.headers.get('link')).toContain('rel="license"')
      expect(res.headers.get('content-disposition')).toContain(`vie-networks-${lang}.csv`)
      expect(raw.charCodeAt(0)).toBe(0xfeff)
      expect(raw.endsWith('\r\n')).toBe(true)
      const dump = (await getJson<NetworkDump>(`${f.api}/networks.json?lang=${lang}`)).body
      expect(rows).toHaveLength(dump.count)
      const fromCsv = rows.map((r) => ({
        slug: r.slug,
        name: r.name,
        acronym: cell.text(r.acronym),
        category: r.category,
        categoryLabel: r.category_label,
        initiative: r.founding_initiative,
        subtype: cell.text(r.founding_subtype),
        scope: cell.text(r.geographic_scope),
        themes: cell.list(r.themes),
        themeLabels: cell.list(r.themes_labels),
        foundedYear: cell.number(r.founded_year),
        runtime: r.runtime,
        endYear: cell.number(r.runtime_end_year),
        members: cell.number(r.member_count),
        countries: cell.number(r.country_count),
        memberTypes: cell.list(r.member_types),
        formats: cell.list(r.formats),
        municipalities: cell.list(r.municipalities),
        related: cell.list(r.related_networks),
        website: cell.text(r.website),
        websites: cell.list(r.websites),
        email: cell.text(r.contact_email),
        summary: r.summary,
        goals: cell.text(r.goals),
        results: cell.text(r.results),
        infoAsOf: cell.text(r.info_as_of),
        updatedAt: r.updated_at,
        fallback: cell.list(r.fallback),
      }))
      const fromJson = dump.items.map((n) => ({
        slug: n.slug,
        name: n.name,
        acronym: n.acronym,
        category: n.category.value,
        categoryLabel: n.category.label,
        initiative: n.foundingInitiative.value,
        subtype: n.foundingSubtype?.value ?? null,
        scope: n.geographicScope?.value ?? null,
        themes: n.themes.map((t) => t.slug),
        themeLabels: n.themes.map((t) => t.label),
        foundedYear: n.foundedYear,
        runtime: n.runtime.kind.value,
        endYear: n.runtime.endYear,
        members: n.members.count,
        countries: n.members.countryCount,
        memberTypes: n.members.types.map((t) => t.value),
        formats: n.formats.map((x) => x.value),
        municipalities: n.municipalities.map((m) => m.slug),
        related: n.relatedNetworks.map((r) => r.slug),
        website: n.website,
        websites: n.websites,
        email: n.contactEmail,
        summary: n.summary,
        goals: n.goals,
        results: n.results,
        infoAsOf: n.infoAsOf,
        updatedAt: n.updatedAt,
        fallback: n.fallback,
      }))
      expect(fromCsv).toEqual(fromJson)
    }
  })

  it('tandems.csv and events.csv read back to their JSON dumps', async () => {
    const tandems = await csvRows(`${f.api}/tandems.csv`)
    const tandemDump = (await getJson<TandemDump>(`${f.api}/tandems.json`)).body
    expect(
      tandems.rows.map((r) => ({
        slug: r.slug,
        title: r.title,
        kind: r.kind,
        status: r.status,
        municipalities: cell.list(r.municipalities),
        countries: cell.list(r.countries),
        topics: cell.list(r.topics),
        start: cell.number(r.period_start),
        end: cell.number(r.period_end),
        approximate: cell.flag(r.period_approximate),
        results: cell.list(r.results),
        lessons: cell.list(r.lessons),
        projects: cell.text(r.projects),
        updatedAt: r.updated_at,
      })),
    ).toEqual(
      tandemDump.items.map((t) => ({
        slug: t.slug,
        title: t.title,
        kind: t.kind.value,
        status: t.status.value,
        municipalities: t.municipalities.map((m) => m.slug),
        countries: t.municipalities.map((m) => m.country),
        topics: t.topics.map((x) => x.slug),
        start: t.period.start,
        end: t.period.end,
        approximate: t.period.approximate,
        results: t.results,
        lessons: t.lessons,
        projects: t.projects,
        updatedAt: t.updatedAt,
      })),
    )

    const events = await csvRows(`${f.api}/events.csv?lang=en`)
    const eventDump = (await getJson<EventDump>(`${f.api}/events.json?lang=en`)).body
    expect(events.rows).toHaveLength(20)
    expect(
      events.rows.map((r) => ({
        slug: r.slug,
        title: r.title,
        kind: r.kind,
        mode: cell.text(r.mode),
        start: cell.text(r.start),
        end: cell.text(r.end),
        allDay: cell.flag(r.all_day),
        zone: r.time_zone,
        dateText: cell.text(r.date_text),
        city: cell.text(r.city),
        country: cell.text(r.country),
        tandems: cell.list(r.tandems),
        topics: cell.list(r.topics),
        summary: cell.text(r.summary),
        fallback: cell.list(r.fallback),
      })),
    ).toEqual(
      eventDump.items.map((e) => ({
        slug: e.slug,
        title: e.title,
        kind: e.kind.value,
        mode: e.mode?.value ?? null,
        start: e.start,
        end: e.end,
        allDay: e.allDay,
        zone: e.timeZone,
        dateText: e.dateText,
        city: e.place?.city ?? null,
        country: e.place?.country ?? null,
        tandems: e.tandems.map((t) => t.slug),
        topics: e.topics.map((t) => t.slug),
        summary: e.summary,
        fallback: e.fallback,
      })),
    )
  })

  it('states the licence in every JSON dump', async () => {
    for (const name of ['networks', 'tandems', 'events']) {
      const { res, body } = await getJson<NetworkDump>(`${f.api}/${name}.json`)
      expect(body.licence).toMatchObject({ id: 'dl-de/by-2-0', url: 'https://www.govdata.de/dl-de/by-2-0' })
      expect(body.licence.name).toContain('Datenlizenz Deutschland')
      expect(body.count).toBe(body.items.length)
      expect(res.headers.get('link')).toContain('https://www.govdata.de/dl-de/by-2-0')
    }
    await expectProblem(`${f.api}/networks.csv?category=eu-thematic`, 400)
  })

  it('describes every distribution in a DCAT-AP.de catalogue, and each one answers with its media type', async () => {
    const res = await fetch(`${f.api}/catalog.jsonld`)
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const catalog = (await res.json()) as {
      '@type': string
      'dct:license': { '@id': string }
      'dcat:dataset': { 'dct:title': unknown; 'dcat:distribution': { 'dcat:downloadURL': { '@id': string }; 'dcat:mediaType': { '@id': string }; 'dct:license': unknown }[] }[]
      'dcat:service': { 'dcat:endpointDescription': { '@id': string } }[]
    }
    expect(catalog['@type']).toBe('dcat:Catalog')
    expect(catalog['dct:license']['@id']).toBe('http://dcat-ap.de/def/licenses/dl-by-de/2.0')
    const distributions = catalog['dcat:dataset'].flatMap((d) => d['dcat:distribution'])
    const urls = distributions.map((d) => d['dcat:downloadURL']['@id'])
    for (const path of ['networks.csv', 'networks.json', 'tandems.csv', 'tandems.json', 'events.csv', 'events.json', 'events.ics', 'municipalities.geojson']) {
      for (const lang of ['de', 'en']) expect(urls).toContain(`${f.api}/${path}?lang=${lang}`)
    }
    for (const d of distributions) {
      expect(d['dct:license']).toBeDefined()
      const answer = await fetch(d['dcat:downloadURL']['@id'])
      expect(answer.status).toBe(200)
      const mediaType = d['dcat:mediaType']['@id'].replace('https://www.iana.org/assignments/media-types/', '')
      expect(answer.headers.get('content-type')?.split(';')[0]).toBe(mediaType)
    }
    const description = catalog['dcat:service'][0]?.['dcat:endpointDescription']['@id'] ?? ''
    expect((await fetch(description)).status).toBe(200)
  })
})
