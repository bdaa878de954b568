import { describe, expect, it } from 'vitest'

import type { MatchProfile } from './profile'
import { rankMunicipalities, scoreParts, total } from './score'

const sizeClass = (population: number): string => (population >= 100_000 ? 'grossstadt' : population >= 20_000 ? 'mittelstadt' : 'kleinstadt')

const profile = (slug: string, over: Partial<Omit<MatchProfile, 'offers' | 'seeks' | 'languages' | 'networks' | 'partners'>> & {
  offers?: string[]
  seeks?: string[]
  languages?: string[]
  networks?: string[]
  partners?: string[]
} = {}): MatchProfile => ({
  slug,
  name: slug,
  country: over.country ?? 'DE',
  population: over.population ?? null,
  lat: over.lat ?? null,
  lng: over.lng ?? null,
  open: over.open ?? true,
  offers: new Set(over.offers),
  seeks: new Set(over.seeks),
  languages: new Set(over.languages),
  networks: new Set(over.networks),
  partners: new Set(over.partners),
})

const rank = (me: MatchProfile, others: MatchProfile[], limit = 10) => rankMunicipalities(me, others, limit, sizeClass).map((r) => r.profile.slug)

describe('partner score', () => {
  const me = profile('me', { offers: ['mobility'], seeks: ['digital-twins'], population: 100_000 })

  it('ranks a partner who offers what I seek above one who is merely like me', () => {
    const teacher = profile('teacher', { offers: ['digital-twins'], population: 1_000_000 })
    const twin = profile('twin', { seeks: ['digital-twins'], offers: ['mobility'], population: 100_000 })
    expect(rank(me, [twin, teacher])).toEqual(['teacher', 'twin'])
  })

  it('counts both directions: offering what I seek and seeking what I offer', () => {
    const both = profile('both', { offers: ['digital-twins'], seeks: ['mobility'] })
    const one = profile('one', { offers: ['digital-twins'] })
    const other = profile('other', { seeks: ['mobility'] })
    expect(rank(me, [other, one, both])).toEqual(['both', 'one', 'other'])
    const parts = scoreParts(me, both, sizeClass).map((p) => p.code)
    expect(parts).toEqual(expect.arrayContaining(['offers-what-you-seek', 'seeks-what-you-offer']))
  })

  it('never suggests the municipality itself or its tandem partners', () => {
    const self = profile('me', { offers: ['digital-twins'] })
    const partner = profile('partner', { offers: ['digital-twins'] })
    const stranger = profile('stranger', { offers: ['digital-twins'] })
    const withPartner = profile('me', { seeks: ['digital-twins'], partners: ['partner'] })
    expect(rank(withPartner, [self, partner, stranger])).toEqual(['stranger'])
  })

  it('lets no country take more than half of the top ten', () => {
    const germans = Array.from({ length: 12 }, (_, i) => profile(`de-${i}`, { offers: ['digital-twins'], languages: ['de'] }))
    const others = Array.from({ length: 6 }, (_, i) => profile(`x-${i}`, { offers: ['digital-twins'], country: i % 2 ? 'FR' : 'IT' }))
    const meDe = profile('me', { seeks: ['digital-twins'], languages: ['de'] })
    const top = rankMunicipalities(meDe, [...germans, ...others], 10, sizeClass)
    expect(top).toHaveLength(10)
    expect(top.filter((r) => r.profile.country === 'DE')).toHaveLength(5)
  })

  it('adds a shared working language to the score', () => {
    const en = profile('en', { offers: ['digital-twins'], languages: ['en'] })
    const pl = profile('pl', { offers: ['digital-twins'], languages: ['pl'] })
    const meEn = profile('me', { seeks: ['digital-twins'], languages: ['en', 'de'] })
    expect(rank(meEn, [pl, en])).toEqual(['en', 'pl'])
    expect(total(scoreParts(meEn, en, sizeClass))).toBeGreaterThan(total(scoreParts(meEn, pl, sizeClass)))
  })

  it('gives the full weight of every part that applies, so the best match nears 1', () => {
    const full = profile('full', { offers: ['digital-twins'], seeks: ['mobility'], population: 100_000, languages: ['en'], networks: ['eurocities'], lat: 50, lng: 7 })
    const meFull = profile('me', { offers: ['mobility'], seeks: ['digital-twins'], population: 100_000, languages: ['en'], networks: ['eurocities'], lat: 50, lng: 7 })
    const score = total(scoreParts(meFull, full, sizeClass))
    // Everything but a shared interest (their topics complement mine, none coincide): 1 − 0.1.
    expect(score).toBe(0.9)
  })
})
