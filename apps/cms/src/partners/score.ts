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

/** Mild: full points up to 500 km, none beyond 2 500 km; the distance is shown either way. */
const distanceFactor = (km: number): number => Math.max(0, Math.min(1, (2500 - km) / 2000))

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
    parts.push({ code: 'distance', km: Math.round(km), weight: WEIGHTS.distance * distanceFactor(km) })
  }
  if (them.open) parts.push({ code: 'open-to-partnership', weight: WEIGHTS.open })
  return parts
}

export const total = (parts: readonly ScorePart[]): number => Math.round(parts.reduce((sum, p) => sum + p.weight, 0) * 1000) / 1000

export type Ranked = { profile: MatchProfile; parts: ScorePart[]; score: number }

/** A candidate's score and input position, before its parts are spelt out. */
type Scored = { profile: MatchProfile; score: number; index: number }

/** Best first; ties by name, then by input order (what a stable sort of the whole list gives). */
const before = (a: Scored, b: Scored): number => b.score - a.score || a.profile.name.localeCompare(b.profile.name) || a.index - b.index

const countIn = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0
  for (const x of a) if (b.has(x)) n++
  return n
}

const anyIn = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (b.has(x)) return true
  return false
}

/**
 * `total(scoreParts(me, them))` without building the parts: the same weights added in the same
 * order, so the figure is identical to the last bit; null when no topical part applies.
 */
function quickScore(me: MatchProfile, mySizeClass: string | null, them: MatchProfile, sizeClass: (population: number) => string | null): number | null {
  const theyOffer = countIn(them.offers, me.seeks)
  const theySeek = countIn(them.seeks, me.offers)
  let shared = 0
  for (const x of them.seeks) if (me.seeks.has(x) || (them.offers.has(x) && me.offers.has(x))) shared++
  for (const x of them.offers) if (me.offers.has(x) && !them.seeks.has(x)) shared++
  if (!theyOffer && !theySeek && !shared) return null
  let sum = 0
  if (theyOffer) sum += WEIGHTS.theyOffer * coverage(theyOffer, me.seeks.size)
  if (theySeek) sum += WEIGHTS.theySeek * coverage(theySeek, me.offers.size)
  if (shared) sum += WEIGHTS.shared * coverage(shared, me.seeks.size + me.offers.size)
  if (me.population && them.population) sum += WEIGHTS.size * sizeSimilarity(me.population, them.population, mySizeClass === sizeClass(them.population))
  if (anyIn(them.languages, me.languages)) sum += WEIGHTS.language
  if (anyIn(them.networks, me.networks)) sum += WEIGHTS.network
  if (me.lat !== null && me.lng !== null && them.lat !== null && them.lng !== null) {
    const km = distanceKm({ lat: me.lat, lng: me.lng }, { lat: them.lat, lng: them.lng })
    sum += WEIGHTS.distance * distanceFactor(km)
  }
  if (them.open) sum += WEIGHTS.open
  return Math.round(sum * 1000) / 1000
}

/** Inserts `entry` into `best` (ordered by `before`), keeping at most `limit` entries. */
function keepBest(best: Scored[], entry: Scored, limit: number): void {
  if (best.length === limit && before(entry, best[limit - 1] as Scored) >= 0) return
  let at = best.length
  while (at > 0 && before(entry, best[at - 1] as Scored) < 0) at--
  best.splice(at, 0, entry)
  if (best.length > limit) best.pop()
}

/**
 * Candidates for `me`, best first: without itself and its tandem partners, only those with some
 * topical fit, and no country taking more than half of the first `limit` places.
 *
 * Only each country's best `limit` candidates can reach the result (a country's later ones would
 * need more than `limit` places), so the scan keeps those and sorts nothing else; the parts and
 * reasons are worked out for the few that are returned.
 */
export function rankMunicipalities(
  me: MatchProfile,
  candidates: readonly MatchProfile[],
  limit: number,
  sizeClass: (population: number) => string | null,
): Ranked[] {
  const mySizeClass = me.population ? sizeClass(me.population) : null
  const perCountry = new Map<string, Scored[]>()
  candidates.forEach((them, index) => {
    if ((me.slug !== null && them.slug === me.slug) || (them.slug !== null && me.partners.has(them.slug))) return
    const score = quickScore(me, mySizeClass, them, sizeClass)
    if (score === null) return
    const country = them.country ?? ''
    let best = perCountry.get(country)
    if (!best) perCountry.set(country, (best = []))
    keepBest(best, { profile: them, score, index }, limit)
  })
  const ranked = [...perCountry.values()].flat().sort(before)
  return diversify(ranked, limit).map(({ profile, score }) => ({ profile, score, parts: scoreParts(me, profile, sizeClass) }))
}

/** Keeps the order but lets no country fill more than half of the `limit` places while others wait. */
export function diversify<T extends { profile: MatchProfile }>(ranked: readonly T[], limit: number): T[] {
  const cap = Math.max(1, Math.floor(limit / 2))
  const picked: T[] = []
  const deferred: T[] = []
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
