import type { Lookup } from '../public/readModel/lookup'
import { resolve } from '../public/readModel/lookup'
import type { RawMunicipality, RawNetwork, RawTandem } from '../public/readModel/raw'
import type { MatchProfile } from './profile'

const slugs = (records: readonly { slug: string }[]): Set<string> => new Set(records.map((r) => r.slug))

/**
 * The matcher's view of a published municipality, built once per snapshot: topics and networks as
 * slugs, its tandem partners as the partnerships it already has.
 */
export function matchProfileOf(
  raw: RawMunicipality,
  name: string,
  related: { networks: readonly RawNetwork[]; tandems: readonly RawTandem[] },
  lookup: Lookup,
): MatchProfile {
  const partners = new Set(related.tandems.flatMap((t) => resolve(lookup.municipalities, t.municipalities).map((m) => m.slug)))
  partners.delete(raw.slug)
  const profile = raw.partnership
  return {
    slug: raw.slug,
    name,
    country: raw.country,
    population: raw.population ?? null,
    lat: raw.location?.lat ?? null,
    lng: raw.location?.lng ?? null,
    offers: slugs(resolve(lookup.topics, profile?.offers?.topics)),
    seeks: slugs(resolve(lookup.topics, profile?.seeks?.topics)),
    languages: new Set(profile?.workingLanguages ?? []),
    networks: slugs(related.networks),
    partners,
    open: profile?.openToPartnership !== 'not-now',
  }
}
