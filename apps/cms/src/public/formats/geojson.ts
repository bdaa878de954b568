import type { Lang, MunicipalityFeature, MunicipalityFeatureCollection, MunicipalityRole } from '@vie/types'

import { nameCollator, type MunicipalityEntry, type Snapshot } from '../readModel/snapshot'

export const GEOJSON_CONTENT_TYPE = 'application/geo+json; charset=utf-8'

/** RFC 7946 §11.2: six decimals are about 10 cm, more only suggests a precision the data lacks. */
const coordinate = (value: number): number => Math.round(value * 1e6) / 1e6

function feature(snapshot: Snapshot, entry: MunicipalityEntry, lang: Lang): MunicipalityFeature {
  const detail = entry.detail[lang]
  const networks = detail.networks.map((n) => n.slug)
  const tandems = detail.tandems.map((t) => t.slug)
  const heldHere = entry.events.filter((e) => e.detail.de.municipalities.some((m) => m.slug === entry.slug))
  const topics = new Set([
    ...networks.flatMap((slug) => [...(snapshot.networkBySlug.get(slug)?.themes ?? [])]),
    ...tandems.flatMap((slug) => [...(snapshot.tandemBySlug.get(slug)?.topics ?? [])]),
    ...heldHere.flatMap((e) => [...e.topics]),
  ])
  const roles: MunicipalityRole[] = [
    ...(networks.length ? (['member'] as const) : []),
    ...(tandems.length ? (['tandem-partner'] as const) : []),
    ...(heldHere.length ? (['event-place'] as const) : []),
  ]
  return {
    type: 'Feature',
    id: entry.slug,
    geometry: detail.location ? { type: 'Point', coordinates: [coordinate(detail.location.lng), coordinate(detail.location.lat)] } : null,
    properties: {
      slug: entry.slug,
      name: detail.name,
      country: detail.country,
      population: detail.population,
      sizeClass: detail.sizeClass,
      networkCount: networks.length,
      tandemCount: tandems.length,
      eventCount: entry.events.length,
      networks,
      tandems,
      topics: [...topics].sort(),
      roles,
    },
  }
}

/** Every published municipality as a point feature (null geometry where coordinates are missing), by name. */
export function municipalityFeatures(snapshot: Snapshot, lang: Lang): MunicipalityFeatureCollection {
  const features = [...snapshot.municipalityBySlug.values()]
    .map((entry) => feature(snapshot, entry, lang))
    .sort((a, b) => nameCollator.compare(a.properties.name, b.properties.name))
  return { type: 'FeatureCollection', features, lang, modified: snapshot.modified }
}
