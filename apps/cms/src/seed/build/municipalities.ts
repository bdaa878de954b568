import type { Municipality } from '@vie/types'

import { germanOnly, type Seedable } from '../localized'
import type { MunicipalitySource, TandemSource } from '../sources'
import type { SeedRecord } from './types'

/** Strategy documents are named by the tandem report, city by city, in the order of the slugs. */
function strategyTitles(tandems: readonly TandemSource[]): Map<string, string> {
  const titles = new Map<string, string>()
  for (const tandem of tandems) {
    tandem.municipalitySlugs.forEach((slug, i) => {
      const title = tandem.cities[i]?.strategyDocument
      if (title) titles.set(slug, title)
    })
  }
  return titles
}

export function buildMunicipalities(
  sources: readonly MunicipalitySource[],
  tandems: readonly TandemSource[],
  profiles: ReadonlyMap<string, Seedable<NonNullable<Municipality['partnership']>>> = new Map(),
): SeedRecord<Municipality>[] {
  const titles = strategyTitles(tandems)
  return sources.map((municipality) => ({
    slug: municipality.slug,
    data: {
      slug: municipality.slug,
      name: germanOnly(municipality.name),
      kind: municipality.kind,
      country: municipality.country as Municipality['country'],
      region: germanOnly(municipality.state),
      population: municipality.population,
      populationSource: municipality.populationSource,
      location: municipality.location ? { lat: municipality.location.lat, lng: municipality.location.lng } : null,
      strategyDocument: { title: germanOnly(titles.get(municipality.slug)) },
      ...(profiles.has(municipality.slug) ? { partnership: profiles.get(municipality.slug) } : {}),
    },
  }))
}
