import type { NetworkCard, NetworkDetail, Page } from '@vie/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectProblem, getJson, slugs } from './helpers/http'
import { type PublicApi, recordBySlug, usePublicStack } from './helpers/publicStack'

type Cards = Page<NetworkCard>

const stack = usePublicStack()

describe('GET /public/v1/networks', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('answers a page of cards with total, page, pages and the paging headers', async () => {
    const { res, body } = await getJson<Cards>(`${f.api}/networks`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(body).toMatchObject({ total: 34, page: 1, pages: 2, limit: 20, lang: 'de' })
    expect(body.items).toHaveLength(20)
    expect(res.headers.get('x-total-count')).toBe('34')
    const link = res.headers.get('link') ?? ''
    expect(link).toContain('page=2>; rel="next"')
    expect(link).toContain('page=1>; rel="first"')
    expect(link).toContain('page=2>; rel="last"')
    expect(link).not.toContain('rel="prev"')
    const card = body.items.find((c) => c.slug === 'eurocities')
    expect(card).toMatchObject({
      name: 'Eurocities',
      category: { value: 'city-region-network', label: 'Europäische und internationale Netzwerke von Städten und Regionen' },
      foundingInitiative: { value: 'bottom-up' },
      geographicScope: { value: 'european', label: 'Europäisch' },
      fallback: [],
    })
    expect(card?.themes[0]).toEqual({ slug: expect.any(String), label: expect.any(String) })
    expect(Object.keys(card ?? {}).sort()).toEqual(
      ['acronym', 'category', 'fallback', 'foundedYear', 'foundingInitiative', 'geographicScope', 'infoAsOf', 'memberCount', 'name', 'slug', 'summary', 'themes', 'updatedAt', 'website'].sort(),
    )
  })

  it('pages with limit and page, keeping the other parameters in the links', async () => {
    const { res, body } = await getJson<Cards>(`${f.api}/networks?initiative=bottom-up&limit=5&page=2`)
    expect(body).toMatchObject({ total: 18, page: 2, pages: 4, limit: 5 })
    const link = res.headers.get('link') ?? ''
    expect(link).toContain('initiative=bottom-up&limit=5&page=1>; rel="prev"')
    expect(link).toContain('initiative=bottom-up&limit=5&page=3>; rel="next"')
    expect(link).toContain('page=4>; rel="last"')
    const all = await getJson<Cards>(`${f.api}/networks?initiative=bottom-up&limit=100`)
    expect(slugs(body)).toEqual(slugs(all.body).slice(5, 10))
  })

  it('answers a page past the last with an empty page that leads back to the last one', async () => {
    // Every page the document allows answers 200: paging until `items` is empty ends cleanly.
    const { res, body } = await getJson<Cards>(`${f.api}/networks?initiative=bottom-up&limit=5&page=9`)
    expect(res.status).toBe(200)
    expect(body).toMatchObject({ items: [], total: 18, page: 9, pages: 4, limit: 5 })
    const link = res.headers.get('link') ?? ''
    expect(link).toContain('initiative=bottom-up&limit=5&page=4>; rel="prev"')
    expect(link).toContain('page=4>; rel="last"')
    expect(link).not.toContain('rel="next"')
  })

  it('filters by category, initiative, scope, municipality and repeatable theme', async () => {
    expect((await getJson<Cards>(`${f.api}/networks?category=national-smart-city`)).body.total).toBe(7)
    expect((await getJson<Cards>(`${f.api}/networks?initiative=top-down&limit=100`)).body.total).toBe(16)
    const national = await getJson<Cards>(`${f.api}/networks?scope=national&limit=100`)
    expect(national.body.items.every((c) => c.geographicScope?.value === 'national')).toBe(true)
    const koeln = await getJson<Cards>(`${f.api}/networks?municipality=koeln&limit=100`)
    expect(slugs(koeln.body)).toContain('austausch-deutsche-eu-lighthouse-projekte')
    const energy = await getJson<Cards>(`${f.api}/networks?theme=energy&limit=100`)
    const mobility = await getJson<Cards>(`${f.api}/networks?theme=mobility&limit=100`)
    const either = await getJson<Cards>(`${f.api}/networks?theme=energy&theme=mobility&limit=100`)
    expect(new Set(slugs(either.body))).toEqual(new Set([...slugs(energy.body), ...slugs(mobility.body)]))
    expect(energy.body.items.every((c) => c.themes.some((t) => t.slug === 'energy'))).toBe(true)
    const combined = await getJson<Cards>(`${f.api}/networks?category=national-smart-city&theme=energy&limit=100`)
    expect(combined.body.items.every((c) => c.category.value === 'national-smart-city')).toBe(true)
  })

  it('searches name, acronym, goals and results in both languages, ignoring case and accents', async () => {
    const byName = await getJson<Cards>(`${f.api}/networks?q=EUROCITIES`)
    expect(slugs(byName.body)[0]).toBe('eurocities')
    const german = await getJson<Cards>(`${f.api}/networks?q=Innovations%C3%96kosystem`)
    const folded = await getJson<Cards>(`${f.api}/networks?q=innovationsoekosystem`)
    const stripped = await getJson<Cards>(`${f.api}/networks?q=INNOVATIONSOKOSYSTEM`)
    expect(slugs(german.body)).toContain('living-in-eu')
    expect(slugs(folded.body)).toEqual(slugs(german.body))
    expect(slugs(stripped.body)).toEqual(slugs(german.body))
    // Only in the English goals text.
    const english = await getJson<Cards>(`${f.api}/networks?q=${encodeURIComponent('knowledge transfer to non-funded')}`)
    expect(slugs(english.body)).toEqual(['modellprojekte-smart-cities'])
    const acronym = await getJson<Cards>(`${f.api}/networks?q=mpsc`)
    expect(slugs(acronym.body)).toContain('modellprojekte-smart-cities')
    const none = await getJson<Cards>(`${f.api}/networks?q=zzzzqqq`)
    expect(none.body).toMatchObject({ total: 0, pages: 0, items: [] })
  })

  it('sorts by name, founding year and last change, either way', async () => {
    const byName = (await getJson<Cards>(`${f.api}/networks?limit=100`)).body.items.map((c) => c.name)
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base', numeric: true })))
    const reversed = (await getJson<Cards>(`${f.api}/networks?sort=-name&limit=100`)).body.items.map((c) => c.name)
    expect(reversed).toEqual([...byName].reverse())
    const founded = (await getJson<Cards>(`${f.api}/networks?sort=founded&limit=100`)).body.items.map((c) => c.foundedYear)
    const years = founded.filter((y): y is number => y !== null)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(founded.slice(years.length).every((y) => y === null)).toBe(true)
    const newest = (await getJson<Cards>(`${f.api}/networks?sort=-founded&limit=1`)).body.items[0]?.foundedYear
    expect(newest).toBe(Math.max(...years))
    const updated = (await getJson<Cards>(`${f.api}/networks?sort=-updated&limit=100`)).body.items.map((c) => c.updatedAt)
    expect(updated).toEqual([...updated].sort().reverse())
  })

  it('answers in English with lang=en or Accept-Language, German otherwise, and names fallbacks', async () => {
    const en = await getJson<Cards>(`${f.api}/networks?lang=en&category=eu-thematic`)
    expect(en.body.lang).toBe('en')
    expect(en.res.headers.get('content-language')).toBe('en')
    expect(en.body.items[0]?.category.label).toBe('European thematic city networks')
    const header = await getJson<Cards>(`${f.api}/networks?category=eu-thematic`, { 'accept-language': 'en-GB,en;q=0.9,de;q=0.5' })
    expect(header.body.lang).toBe('en')
    expect(header.res.headers.get('vary')).toMatch(/accept-language/i)
    const param = await getJson<Cards>(`${f.api}/networks?lang=de&category=eu-thematic`, { 'accept-language': 'en' })
    expect(param.body.lang).toBe('de')
    const unknown = await getJson<Cards>(`${f.api}/networks?category=eu-thematic`, { 'accept-language': 'fr-FR' })
    expect(unknown.body.lang).toBe('de')

    // The seed keeps a network's name, a proper name, in German only: English shows it as a fallback.
    const before = (await getJson<Cards>(`${f.api}/networks?q=eurocities&lang=en`)).body.items[0]
    expect(before?.fallback).toEqual(['name'])
    // An editor rewrites the goals in German and removes the English text.
    const { id } = await recordBySlug(stack.payload, 'networks', 'eurocities')
    const edit = (locale: 'de' | 'en', goals: string | null) =>
      stack.payload.update({ collection: 'networks', id, locale, data: { goals, _status: 'published' }, overrideAccess: true })
    await edit('de', 'Nur auf Deutsch beschrieben.')
    await edit('en', null)
    await expect.poll(async () => (await getJson<NetworkDetail>(`${f.api}/networks/eurocities?lang=en`)).body.goals).toBe('Nur auf Deutsch beschrieben.')
    const detail = await getJson<NetworkDetail>(`${f.api}/networks/eurocities?lang=en`)
    expect(detail.body.fallback).toEqual(expect.arrayContaining(['goals', 'summary']))
    const card = (await getJson<Cards>(`${f.api}/networks?q=eurocities&lang=en`)).body.items[0]
    expect(card?.fallback).toEqual(['summary', 'name'])
    expect((await getJson<NetworkDetail>(`${f.api}/networks/eurocities`)).body.fallback).toEqual([])
  })

  it('refuses bad input with problem+json that names the parameter and the allowed values', async () => {
    const category = await expectProblem(`${f.api}/networks?category=smart`, 400)
    expect(category.type).toBe(`${f.api}/docs#problem-invalid-parameter`)
    expect(category.invalidParams?.[0]).toMatchObject({
      name: 'category',
      value: 'smart',
      allowed: ['national-smart-city', 'international-smart-city', 'eu-thematic', 'city-region-network'],
    })
    const limit = await expectProblem(`${f.api}/networks?limit=1000`, 400)
    expect(limit.invalidParams?.[0]).toMatchObject({ name: 'limit', value: '1000' })
    expect(limit.invalidParams?.[0]?.reason).toContain('1')
    expect(limit.invalidParams?.[0]?.reason).toContain('100')
    expect((await expectProblem(`${f.api}/networks?page=-1`, 400)).invalidParams?.[0]?.name).toBe('page')
    expect((await expectProblem(`${f.api}/networks?page=abc`, 400)).invalidParams?.[0]?.name).toBe('page')
    expect((await expectProblem(`${f.api}/networks?limit=0`, 400)).invalidParams?.[0]?.name).toBe('limit')
    const theme = await expectProblem(`${f.api}/networks?theme=energy&theme=nonsense`, 400)
    expect(theme.invalidParams?.[0]).toMatchObject({ name: 'theme', value: 'nonsense' })
    expect(theme.invalidParams?.[0]?.allowed).toContain('energy')
    const typo = await expectProblem(`${f.api}/networks?categroy=eu-thematic`, 400)
    expect(typo.invalidParams?.[0]?.name).toBe('categroy')
    expect(typo.invalidParams?.[0]?.allowed).toContain('category')
    expect((await expectProblem(`${f.api}/networks?sort=size`, 400)).invalidParams?.[0]?.allowed).toContain('-updated')
    expect((await expectProblem(`${f.api}/networks?q=`, 400)).invalidParams?.[0]?.name).toBe('q')
    expect((await expectProblem(`${f.api}/networks?lang=fr`, 400)).invalidParams?.[0]?.allowed).toEqual(['de', 'en'])
    expect((await expectProblem(`${f.api}/networks?category=a&category=b`, 400)).invalidParams?.[0]?.name).toBe('category')
    const both = await expectProblem(`${f.api}/networks?limit=1000&page=-1&municipality=atlantis`, 400)
    expect(both.invalidParams?.map((p) => p.name).sort()).toEqual(['limit', 'municipality', 'page'])
    const english = await expectProblem(`${f.api}/networks?limit=1000`, 400, { 'accept-language': 'en' })
    expect(english.title).toBe('Invalid parameter')
    expect(english.invalidParams?.[0]?.reason).toBe('Expected a whole number from 1 to 100.')
  })
})

describe('GET /public/v1/networks/{slug}', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('gives the full record with member municipalities and related networks', async () => {
    const { res, body } = await getJson<NetworkDetail>(`${f.api}/networks/austausch-deutsche-eu-lighthouse-projekte`)
    expect(res.status).toBe(200)
    expect(body.municipalities.map((m) => m.slug)).toEqual(['koeln', 'muenchen', 'hamburg', 'dresden', 'leipzig'])
    expect(body.municipalities[0]).toMatchObject({ name: 'Köln', country: 'DE', location: { lat: expect.any(Number), lng: expect.any(Number) } })
    expect(body.relatedNetworks.length).toBe(2)
    expect(body.relatedNetworks[0]).toEqual({ slug: expect.any(String), name: expect.any(String), acronym: expect.toBeOneOf([null, expect.any(String)]) })
    expect(body).toMatchObject({ foundedYear: 2016, runtime: { kind: { value: 'permanent' } }, lang: 'de' })
    expect(body.websites.length).toBe(5)
    expect(body.goals).toContain('Lighthouse')
  })

  it('answers 404 problem+json for a slug that is not published', async () => {
    const problem = await expectProblem(`${f.api}/networks/atlantis`, 404)
    expect(problem.detail).toContain('atlantis')
    expect(problem.type).toBe(`${f.api}/docs#problem-not-found`)
  })

  it('gives schema.org JSON-LD with format=jsonld, and an ItemList for the list', async () => {
    const res = await fetch(`${f.api}/networks/eurocities?format=jsonld&lang=en`)
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const ld = (await res.json()) as Record<string, unknown>
    expect(ld).toMatchObject({ '@context': `${f.api}/context.jsonld`, '@type': 'Organization', '@id': `${f.api}/networks/eurocities`, name: 'Eurocities' })
    const list = (await (await fetch(`${f.api}/networks?format=jsonld&limit=3&page=2`)).json()) as {
      '@type': string
      numberOfItems: number
      itemListElement: { position: number; item: { '@type': string } }[]
    }
    expect(list['@type']).toBe('ItemList')
    expect(list.numberOfItems).toBe(34)
    expect(list.itemListElement.map((e) => e.position)).toEqual([4, 5, 6])
    expect(list.itemListElement[0]?.item['@type']).toBe('Organization')
    await expectProblem(`${f.api}/networks/eurocities?format=xml`, 400)
  })
})
