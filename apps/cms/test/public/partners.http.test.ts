import type { PartnerSuggestions } from '@vie/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectProblem, getJson } from './helpers/http'
import { type PublicApi, usePublicStack } from './helpers/publicStack'

const stack = usePublicStack()

describe('GET /public/v1/partners', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it("suggests partners for Arezzo from its profile, never itself or Hamm (its tandem partner), with reasons in English", async () => {
    const { res, body } = await getJson<PartnerSuggestions>(`${f.api}/partners?municipality=arezzo&lang=en`)
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('etag')).toBeTruthy()
    const slugs = body.municipalities.map((m) => m.slug)
    expect(slugs).not.toContain('arezzo')
    expect(slugs).not.toContain('hamm')
    // Pirna offers digital administration, which Arezzo seeks.
    const pirna = body.municipalities.find((m) => m.slug === 'pirna')
    expect(pirna?.reasons).toEqual(expect.arrayContaining([{ code: 'offers-what-you-seek', text: 'offers Digital administration, which you seek', weight: expect.any(Number) }]))
    for (const m of body.municipalities) {
      expect(m.score).toBeCloseTo(m.reasons.reduce((sum, r) => sum + r.weight, 0), 2)
    }
    expect(body.tandems.map((t) => t.slug)).not.toContain('hamm-arezzo')
    expect(body.networks.length).toBeGreaterThan(0)
  })

  it('words the reasons in German', async () => {
    const { body } = await getJson<PartnerSuggestions>(`${f.api}/partners?municipality=arezzo&lang=de`)
    const pirna = body.municipalities.find((m) => m.slug === 'pirna')
    expect(pirna?.reasons.map((r) => r.text)).toContain('bietet Digitale Verwaltung, was Sie suchen')
  })

  it('takes an ad-hoc profile with comma-separated topics and a place', async () => {
    const { res, body } = await getJson<PartnerSuggestions>(
      `${f.api}/partners?seeks=digital-twins,funding&offers=mobility&population=90000&country=DE&languages=en&lat=50.1&lng=8.7&limit=3&lang=en`,
    )
    expect(res.status).toBe(200)
    expect(body.municipalities.length).toBeLessThanOrEqual(3)
    expect(body.municipalities.slice(0, 3).map((m) => m.slug)).toEqual(expect.arrayContaining(['utrecht']))
    expect(body.municipalities[0]?.distanceKm).toEqual(expect.any(Number))
  })

  it('answers bad input with 400 problem+json naming the parameter', async () => {
    expect((await expectProblem(`${f.api}/partners`, 400)).invalidParams?.map((p) => p.name)).toEqual(['offers', 'seeks'])
    expect((await expectProblem(`${f.api}/partners?municipality=atlantis`, 400)).invalidParams?.[0]?.name).toBe('municipality')
    expect((await expectProblem(`${f.api}/partners?seeks=no-such-topic`, 400)).invalidParams?.[0]?.name).toBe('seeks')
    expect((await expectProblem(`${f.api}/partners?seeks=mobility&limit=51`, 400)).invalidParams?.[0]?.name).toBe('limit')
    expect((await expectProblem(`${f.api}/partners?seeks=mobility&lat=50`, 400)).invalidParams?.[0]?.name).toBe('lng')
    expect((await expectProblem(`${f.api}/partners?seeks=mobility&lat=north&lng=8`, 400)).invalidParams?.[0]?.name).toBe('lat')
    expect((await expectProblem(`${f.api}/partners?municipality=arezzo&population=5000`, 400)).invalidParams?.[0]?.name).toBe('population')
    expect((await expectProblem(`${f.api}/partners?municipality=arezzo&seeks=no-such-topic`, 400)).invalidParams?.[0]?.name).toBe('seeks')
  })

  it('lets a registered municipality try other topics, still excluding itself and its tandem partner', async () => {
    const { res, body } = await getJson<PartnerSuggestions>(`${f.api}/partners?municipality=arezzo&seeks=digital-twins&lang=en`)
    expect(res.status).toBe(200)
    expect(body.for.seeks.map((t) => t.slug)).toEqual(['digital-twins'])
    expect(body.for.offers.map((t) => t.slug)).toEqual(expect.arrayContaining(['funding', 'international-cooperation']))
    const slugs = body.municipalities.map((m) => m.slug)
    expect(slugs.slice(0, 2)).toEqual(expect.arrayContaining(['muenchen', 'utrecht']))
    expect(slugs).not.toContain('arezzo')
    expect(slugs).not.toContain('hamm')
  })
})
