import type { MunicipalityDetail, Page, TandemCard, TandemDetail } from '@vie/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FixtureApi, startFixtureApi } from './helpers/fixtureApi'
import { expectProblem, getJson, slugs } from './helpers/http'

describe('GET /public/v1/tandems and /tandems/{slug}', () => {
  let f: FixtureApi
  beforeAll(async () => {
    f = await startFixtureApi()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('lists tandems with their municipalities (name, country, population, location) and topics', async () => {
    const { res, body } = await getJson<Page<TandemCard>>(`${f.api}/tandems`)
    expect(res.status).toBe(200)
    expect(body.total).toBe(7)
    expect(res.headers.get('x-total-count')).toBe('7')
    const hamm = body.items.find((t) => t.slug === 'hamm-arezzo')
    expect(hamm?.municipalities).toEqual([
      expect.objectContaining({ slug: 'hamm', name: 'Hamm', country: 'DE', population: 180761, location: { lat: expect.any(Number), lng: expect.any(Number) } }),
      expect.objectContaining({ slug: 'arezzo', name: 'Arezzo', country: 'IT', population: 96535 }),
    ])
    expect(hamm?.topics.map((t) => t.slug)).toContain('digital-administration')
    expect(hamm?.kind).toEqual({ value: 'tandem', label: 'Tandem (zwei Kommunen)' })
    const tridem = body.items.find((t) => t.kind.value === 'tridem')
    expect(tridem?.municipalities).toHaveLength(3)
  })

  it('filters by status, country and topic, and refuses unknown values', async () => {
    const italy = await getJson<Page<TandemCard>>(`${f.api}/tandems?country=IT`)
    expect(slugs(italy.body)).toEqual(['hamm-arezzo'])
    const continuing = await getJson<Page<TandemCard>>(`${f.api}/tandems?status=continuing`)
    expect(continuing.body.items.every((t) => t.status.value === 'continuing')).toBe(true)
    const topic = await getJson<Page<TandemCard>>(`${f.api}/tandems?topic=digital-administration`)
    expect(topic.body.items.every((t) => t.topics.some((x) => x.slug === 'digital-administration'))).toBe(true)
    const problem = await expectProblem(`${f.api}/tandems?status=paused`, 400)
    expect(problem.invalidParams?.[0]?.allowed).toEqual(['continuing', 'completed', 'ended-early', 'partner-withdrew'])
    expect((await expectProblem(`${f.api}/tandems?country=XX`, 400)).invalidParams?.[0]?.allowed).toContain('IT')
  })

  it('gives a tandem with results, lessons and its events; 404 for an unknown slug', async () => {
    const { body } = await getJson<TandemDetail>(`${f.api}/tandems/hamm-arezzo?lang=en`)
    expect(body.results.length).toBeGreaterThan(3)
    expect(body.lessons[0]).toMatch(/core topics/)
    expect(body.events.map((e) => e.slug)).toContain('projekttreffen-berlin-2023')
    expect(body.municipalities[0]?.strategyDocument).toEqual({ title: 'Smart-City-Strategie 2022/ 2024', url: null })
    // German-only fields of the study are shown in German and named as fallbacks.
    expect(body.fallback).toEqual(expect.arrayContaining(['title', 'municipalities.strategyDocument']))
    await expectProblem(`${f.api}/tandems/hamm-paris`, 404)
    const ld = (await (await fetch(`${f.api}/tandems/hamm-arezzo?format=jsonld`)).json()) as { '@type': string; member: unknown[] }
    expect(ld['@type']).toBe('Project')
    expect(ld.member).toHaveLength(2)
  })
})

describe('GET /public/v1/municipalities/{slug}', () => {
  let f: FixtureApi
  beforeAll(async () => {
    f = await startFixtureApi({ now: '2024-06-01T10:00:00Z' })
  })
  afterAll(async () => {
    await f?.close()
  })

  it('shows its networks, tandems and the events not yet over', async () => {
    const { body } = await getJson<MunicipalityDetail>(`${f.api}/municipalities/hamm`)
    expect(body).toMatchObject({ slug: 'hamm', name: 'Hamm', country: 'DE', population: 180761, region: 'Nordrhein-Westfalen' })
    expect(body.tandems).toEqual([{ slug: 'hamm-arezzo', title: 'Hamm – Arezzo' }])
    const upcoming = body.upcomingEvents.map((e) => e.slug)
    expect(upcoming).toEqual(['workshop-data-sets-in-smart-cities-2024', 'projektabschlusstreffen-paris-2024', 'abschlussworkshop-debrief-2024-12'])
    const leipzig = await getJson<MunicipalityDetail>(`${f.api}/municipalities/leipzig`)
    expect(leipzig.body.networks.map((n) => n.slug)).toContain('austausch-deutsche-eu-lighthouse-projekte')

    f.setNow('2025-01-01T00:00:00Z')
    expect((await getJson<MunicipalityDetail>(`${f.api}/municipalities/hamm`)).body.upcomingEvents).toEqual([])
    const ld = (await (await fetch(`${f.api}/municipalities/hamm?format=jsonld`)).json()) as { '@type': string; geo: unknown }
    expect(ld['@type']).toBe('City')
    expect(ld.geo).toMatchObject({ '@type': 'GeoCoordinates' })
  })

  it('answers 404 for an unknown municipality and 400 for a bad parameter', async () => {
    await expectProblem(`${f.api}/municipalities/atlantis`, 404)
    await expectProblem(`${f.api}/municipalities/hamm?when=past`, 400)
  })
})
