import { foldAccents, foldGerman } from '../public/text/normalize'
import type { PlaceRow } from './europe'

export type Place = { id: number; name: string; country: string; population: number; lat: number; lng: number }

type Indexed = { place: Place; names: string[] }

/** Both foldings of every name, so "Köln", "Koeln" and "Koln" meet. */
export const foldings = (text: string): string[] => [...new Set([foldAccents(text), foldGerman(text)])]

export function indexPlaces(rows: readonly PlaceRow[]): Indexed[] {
  return rows.map(([id, name, alt, country, population, lat, lng]) => ({
    place: { id, name, country, population, lat, lng },
    names: [name, ...(alt ? alt.split(',') : [])].flatMap(foldings),
  }))
}

/** 0 exact name, 1 name starts with the query, 2 a word of the name starts with it; null no match. */
export function nameRank(names: readonly string[], queries: readonly string[]): number | null {
  let best: number | null = null
  for (const name of names) {
    for (const q of queries) {
      const r = name === q ? 0 : name.startsWith(q) ? 1 : name.includes(` ${q}`) ? 2 : null
      if (r !== null && (best === null || r < best)) best = r
    }
  }
  return best
}

/** Up to `limit` places, best match first, then the larger place; nothing is kept of the query. */
export function searchPlaces(index: readonly Indexed[], query: string, country: string | undefined, limit = 10): Place[] {
  const queries = foldings(query).filter(Boolean)
  if (!queries.length) return []
  const hits: { place: Place; rank: number }[] = []
  for (const entry of index) {
    if (country && entry.place.country !== country) continue
    const r = nameRank(entry.names, queries)
    if (r !== null) hits.push({ place: entry.place, rank: r })
  }
  hits.sort((a, b) => a.rank - b.rank || b.place.population - a.place.population || a.place.id - b.place.id)
  return hits.slice(0, limit).map((h) => h.place)
}
