import { describe, expect, it } from 'vitest'

import type { PlaceRow } from './europe'
import { indexPlaces, searchPlaces } from './search'

const rows: PlaceRow[] = [
  [2886242, 'Köln', 'Cologne,Koeln', 'DE', 963395, 50.93, 6.95],
  [2886243, 'Kolno', '', 'PL', 10000, 53.4, 21.9],
  [3054643, 'Budapest', '', 'HU', 1741041, 47.5, 19.04],
  [2867714, 'München', 'Munich', 'DE', 1260391, 48.14, 11.58],
  [3070420, 'Mulhouse', '', 'FR', 111167, 47.75, 7.34],
  [2793656, 'Bolesławiec', '', 'PL', 39603, 51.26, 15.57],
]
const index = indexPlaces(rows)
const names = (q: string, country?: string) => searchPlaces(index, q, country).map((p) => p.name)

describe('gazetteer search', () => {
  it('finds Köln as Köln, Koeln, Koln and koln, exact name first', () => {
    for (const q of ['Köln', 'Koeln', 'Koln', 'koln']) expect(names(q)[0]).toBe('Köln')
  })

  it('ignores accents and strokes: Boleslawiec finds Bolesławiec', () => {
    expect(names('Boleslawiec')).toEqual(['Bolesławiec'])
    expect(names('munchen')).toEqual(['München'])
  })

  it('filters by country and ranks prefix matches by population', () => {
    expect(names('Kol', 'PL')).toEqual(['Kolno'])
    expect(names('Kol')).toEqual(['Köln', 'Kolno'])
  })
})
