import type { MatchProfile } from './profile'

/**
 * The weights of the score parts; they add up to 1, so a score is a share of the best possible
 * match. Complementarity dominates on purpose: a partner who can teach what I seek (or learn what
 * I offer) is worth more than one who merely resembles me.
 */
export const WEIGHTS = {
  theyOffer: 0.3,
  theySeek: 0.2,
  shared: 0.1,
  size: 0.15,
  language: 0.1,
  network: 0.05,
  distance: 0.05,
  open: 0.05,
} as const

export type ScorePart =
  | { code: 'offers-what-you-seek' | 'seeks-what-you-offer' | 'shared-interest'; topics: string[]; weight: number }
  | { code: 'similar-size'; mine: number; theirs: number; weight: number }
  | { code: 'shared-language'; languages: string[]; weight: number }
  | { code: 'shared-network'; networks: string[]; weight: number }
  | { code: 'distance'; km: number; weight: number }
  | { code: 'open-to-partnership'; weight: number }

const intersect = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((x) => b.has(x)).sort()

/** Share of the asked-for topics covered, saturating at three so a long list does not dilute. */
const coverage = (hits: number, asked: number): number => (asked === 0 ? 0 : Math.min(1, hits / Math.min(asked, 3)))

const EARTH_KM = 6371

export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h))
}

/** Population ratio (smaller / larger), lifted by a third when both are in the same BBSR size class. */
function sizeSimilarity(mine: number, theirs: number, sameClass: boolean): number {
  const ratio = Math.min(mine, theirs) / Math.max(mine, theirs)
  return Math.min(1, ratio * (sameClass ? 4 / 3 : 1))
}

/**
 * The score parts of `them` as a partner for `me`: every part is its weight times a 0–1 factor,
 * so the sum stays within 0–1 and each part can be explained on its own.
 */
export function scoreParts(me: MatchProfile, them: MatchProfile, sizeClass: (population: number) => string | null): ScorePart[] {
  const parts: ScorePart[] = []
  const theyOffer = intersect(them.offers, me.seeks)
  if (theyOffer.length) parts.push({ code: 'offers-what-you-seek', topics: theyOffer, weight: WEIGHTS.theyOffer * coverage(theyOffer.length, me.seeks.size) })
  const theySeek = intersect(them.seeks, me.offers)
  if (theySeek.length) parts.push({ code: 'seeks-what-you-offer', topics: theySeek, weight: WEIGHTS.theySeek * coverage(theySeek.length, me.offers.size) })
  const shared = [...new Set([...intersect(them.seeks, me.seeks), ...intersect(them.offers, me.offers)])].sort()
  if (shared.length) parts.push({ code: 'shared-interest', topics: shared, weight: WEIGHTS.shared * coverage(shared.length, me.seeks.size + me.offers.size) })
  if (me.population && them.population) {
    const same = sizeClass(me.population) === sizeClass(them.population)
    parts.push({ code: 'similar-size', mine: me.population, theirs: them.population, weight: WEIGHTS.size * sizeSimilarity(me.population, them.population, same) })
  }
  const languages = intersect(them.languages, me.languages)
  if (languages.length) parts.push({ code: 'shared-language', languages, weight: WEIGHTS.language })
  const networks = intersect(them.networks, me.networks)
  if (networks.length) parts.push({ code: 'shared-network', networks, weight: WEIGHTS.network })
  if (me.lat !== null && me.lng !== null && them.lat !== null && them.lng !== null) {
    const km = distanceKm({ lat: me.lat, lng: me.lng }, { lat: them.lat, lng: them.lng })
    // Mild: full points up to 500 km, none beyond 2 500 km; the distance is shown either way.
    parts.push({ code: 'distance', km: Math.round(km), weight: WEIGHTS.distance * Math.max(0, Math.min(1, (2500 - km) / 2000)) })
  }
  if (them.open) parts.push({ code: 'open-to-partnership', weight: WEIGHTS.open })
  return parts
}

export const total = (parts: readonly ScorePart[]): number => Math.round(parts.reduce((sum, p) => sum + p.weight, 0) * 1000) / 1000

export type Ranked = { profile: MatchProfile; parts: ScorePart[]; score: number }

/**
 * Candidates for `me`, best first: without itself and its tandem partners, only those with some
 * topical fit, and no country taking more than half of the first `limit` places.
 */
export function rankMunicipalities(
  me: MatchProfile,
  candidates: readonly MatchProfile[],
  limit: number,
  sizeClass: (population: number) => string | null,
): Ranked[] {
  const ranked: Ranked[] = []
  for (const them of candidates) {
    if ((me.slug !== null && them.slug === me.slug) || (them.slug !== null && me.partners.has(them.slug))) continue
    const parts = scoreParts(me, them, sizeClass)
    if (!parts.some((p) => p.code === 'offers-what-you-seek' || p.code === 'seeks-what-you-offer' || p.code === 'shared-interest')) continue
    ranked.push({ profile: them, parts, score: total(parts) })
  }
  ranked.sort((a, b) => b.score - a.score || a.profile.name.localeCompare(b.profile.name))
  return diversify(ranked, limit)
}

/** Keeps the order but lets no country fill more than half of the `limit` places while others wait. */
export function diversify(ranked: readonly Ranked[], limit: number): Ranked[] {
  const cap = Math.max(1, Math.floor(limit / 2))
  const picked: Ranked[] = []
  const deferred: Ranked[] = []
  const perCountry = new Map<string, number>()
  for (const entry of ranked) {
    if (picked.length === limit) break
    const country = entry.profile.country ?? ''
    const count = perCountry.get(country) ?? 0
    if (count >= cap) {
      deferred.push(entry)
      continue
    }
    perCountry.set(country, count + 1)
    picked.push(entry)
  }
  for (const entry of deferred) {
    if (picked.length === limit) break
    picked.push(entry)
  }
  return picked
}
