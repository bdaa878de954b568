import type { Lang, MunicipalityDetail } from '@vie/types'

import { pick } from './localize'
import { location, type Lookup, networkRef, strategyDocument, tandemRef } from './lookup'
import type { RawMunicipality, RawNetwork, RawTandem } from './raw'
import { labelled } from './vocabulary'

/**
 * The municipality with its networks and tandems; upcoming events depend on the clock, so the
 * route adds them per request.
 */
export function municipalityDetail(
  raw: RawMunicipality,
  related: { networks: RawNetwork[]; tandems: RawTandem[] },
  lookup: Lookup,
  lang: Lang,
): Omit<MunicipalityDetail, 'upcomingEvents'> {
  const fallback: string[] = []
  const { vocab } = lookup
  return {
    slug: raw.slug,
    name: pick(raw.name, lang, 'name', fallback) ?? raw.slug,
    country: raw.country,
    kind: labelled(vocab, 'municipalityKind', (raw.kind ?? 'municipality') as MunicipalityDetail['kind']['value'], lang),
    region: pick(raw.region, lang, 'region', fallback),
    population: raw.population ?? null,
    populationYear: raw.populationYear ?? null,
    populationSource: raw.populationSource ?? null,
    sizeClass: raw.sizeClass ? labelled(vocab, 'sizeClass', raw.sizeClass as NonNullable<MunicipalityDetail['sizeClass']>['value'], lang) : null,
    location: location(raw.location),
    website: raw.website ?? null,
    strategyDocument: strategyDocument(raw, lang, fallback),
    networks: related.networks.map((n) => networkRef(n, lang)),
    tandems: related.tandems.map((t) => tandemRef(t, lang)),
    updatedAt: raw.updatedAt,
    lang,
    fallback,
  }
}
