import type { GazetteerResult } from '@vie/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectProblem, getJson } from './helpers/http'
import { type PublicApi, usePublicStack } from './helpers/publicStack'

const stack = usePublicStack()

describe('GET /public/v1/gazetteer', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('finds Köln spelt Köln, Koeln or Koln, with GeoNames attribution', async () => {
    for (const q of ['Köln', 'Koeln', 'Koln']) {
      const { res, body } = await getJson<GazetteerResult>(`${f.api}/gazetteer?q=${encodeURIComponent(q)}&country=DE`)
      expect(res.status).toBe(200)
      expect(body.places[0]).toEqual(expect.objectContaining({ name: 'Köln', country: 'DE', municipality: 'koeln' }))
      expect(body.places.length).toBeLessThanOrEqual(10)
      expect(body.attribution).toMatch(/GeoNames.*CC BY 4\.0/)
    }
  })

  it('finds places outside the register across Europe, accents ignored', async () => {
    const { body } = await getJson<GazetteerResult>(`${f.api}/gazetteer?q=Boleslawiec`)
    expect(body.places[0]).toEqual(expect.objectContaining({ name: 'Bolesławiec', country: 'PL' }))
  })

  it('refuses a missing or one-letter name and a non-European country', async () => {
    expect((await expectProblem(`${f.api}/gazetteer`, 400)).invalidParams?.[0]?.name).toBe('q')
    expect((await expectProblem(`${f.api}/gazetteer?q=K`, 400)).invalidParams?.[0]?.name).toBe('q')
    expect((await expectProblem(`${f.api}/gazetteer?q=Lima&country=PE`, 400)).invalidParams?.[0]?.name).toBe('country')
  })
})
