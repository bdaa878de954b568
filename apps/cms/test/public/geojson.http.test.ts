import type { MunicipalityDetail, MunicipalityFeatureCollection } from '@vie/types'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import featureCollectionSchema from 'geojson-schema/FeatureCollection.json' with { type: 'json' }
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually, expectProblem, getJson } from './helpers/http'
import { type PublicApi, usePublicStack } from './helpers/publicStack'

const stack = usePublicStack()

describe('GET /public/v1/municipalities.geojson', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('is an RFC 7946 FeatureCollection by the GeoJSON schema, served as application/geo+json with cache validators', async () => {
    const res = await fetch(`${f.api}/municipalities.geojson`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('link')).toContain('rel="license"')
    const body: unknown = await res.json()
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    const validate = ajv.compile(featureCollectionSchema)
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true)

    const etag = res.headers.get('etag') ?? ''
    expect(etag).not.toBe('')
    expect((await fetch(`${f.api}/municipalities.geojson`, { headers: { 'if-none-match': etag } })).status).toBe(304)
  })

  it('has one feature per municipality, agreeing with its detail record in either language', async () => {
    const all = await stack.payload.count({ collection: 'municipalities' })
    for (const lang of ['de', 'en'] as const) {
      const { body } = await getJson<MunicipalityFeatureCollection>(`${f.api}/municipalities.geojson?lang=${lang}`)
      expect(body.lang).toBe(lang)
      expect(body.features).toHaveLength(all.totalDocs)
      for (const feature of body.features) {
        const { body: detail } = await getJson<MunicipalityDetail>(`${f.api}/municipalities/${feature.properties.slug}?lang=${lang}`)
        const p = feature.properties
        expect(feature.id).toBe(detail.slug)
        expect([p.name, p.country, p.population, p.sizeClass]).toEqual([detail.name, detail.country, detail.population, detail.sizeClass])
        expect(p.networks).toEqual(detail.networks.map((n) => n.slug))
        expect(p.tandems).toEqual(detail.tandems.map((t) => t.slug))
        expect([p.networkCount, p.tandemCount]).toEqual([detail.networks.length, detail.tandems.length])
        expect(p.eventCount).toBeGreaterThanOrEqual(detail.upcomingEvents.length)
        expect(p.roles.includes('member')).toBe(detail.networks.length > 0)
        expect(p.roles.includes('tandem-partner')).toBe(detail.tandems.length > 0)
        expect(feature.geometry?.coordinates ?? null).toEqual(detail.location ? [detail.location.lng, detail.location.lat] : null)
      }
    }
  })

  it('follows an editor moving a municipality, and a municipality without coordinates has no geometry', async () => {
    const { docs } = await stack.payload.find({ collection: 'municipalities', where: { slug: { equals: 'hamm' } }, limit: 1 })
    const hamm = docs[0]
    expect(hamm).toBeDefined()
    const pointOf = async () =>
      (await getJson<MunicipalityFeatureCollection>(`${f.api}/municipalities.geojson`)).body.features.find((x) => x.id === 'hamm')?.geometry
    await stack.payload.update({ collection: 'municipalities', id: hamm!.id, data: { location: { lat: 51.7, lng: 7.9 } } })
    await eventually(async () => JSON.stringify((await pointOf())?.coordinates) === JSON.stringify([7.9, 51.7]))
    await stack.payload.update({ collection: 'municipalities', id: hamm!.id, data: { location: { lat: null, lng: null } } })
    await eventually(async () => (await pointOf()) === null)
  })

  it('rejects unknown parameters and languages with a problem naming them', async () => {
    const problem = await expectProblem(`${f.api}/municipalities.geojson?lang=fr`, 400)
    expect(JSON.stringify(problem)).toContain('lang')
    await expectProblem(`${f.api}/municipalities.geojson?bbox=1,2,3,4`, 400)
  })
})
