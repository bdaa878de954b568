import type { Lang } from '@vie/types'

import { apiUrl } from '../shared/api'
import type { FinderProfile } from './who'

/** Suggestions per list, 1–50 (the API's range), default 5 so the three lists stay readable. */
export const listLimit = (limit: number | undefined): number =>
  Number.isInteger(limit) && (limit as number) > 0 ? Math.min(limit as number, 50) : 5

/**
 * `/public/v1/partners` for the profile: a registered municipality by slug (its stored profile,
 * partners and networks; the chosen topics replace the stored ones), a place by its figures.
 */
export function partnersUrl(api: string, profile: FinderProfile, limit: number, lang: Lang): string {
  const { who, offers, seeks } = profile
  if (who.kind === 'municipality') return apiUrl(api, 'partners', { municipality: who.municipality.slug, offers, seeks, limit, lang })
  const { place } = who
  return apiUrl(api, 'partners', {
    offers,
    seeks,
    population: profile.population,
    country: place.country,
    languages: profile.languages,
    lat: place.lat,
    lng: place.lng,
    limit,
    lang,
  })
}
