import type { CountryCode, Lang, MunicipalityFeature, MunicipalityFeatureCollection, MunicipalityRole } from '@vie/types'

type Place = {
  slug: string
  name: string
  country: CountryCode
  at: [number, number] | null
  networks?: string[]
  tandems?: string[]
  topics?: string[]
  events?: number
}

function feature({ slug, name, country, at, networks = [], tandems = [], topics = [], events = 0 }: Place): MunicipalityFeature {
  const roles: MunicipalityRole[] = [
    ...(networks.length ? (['member'] as const) : []),
    ...(tandems.length ? (['tandem-partner'] as const) : []),
    ...(events ? (['event-place'] as const) : []),
  ]
  return {
    type: 'Feature',
    id: slug,
    geometry: at ? { type: 'Point', coordinates: at } : null,
    properties: {
      slug,
      name,
      country,
      population: 100_000,
      sizeClass: null,
      networkCount: networks.length,
      tandemCount: tandems.length,
      eventCount: events,
      networks,
      tandems,
      topics,
      roles,
    },
  }
}

/** A small register shaped like `/public/v1/municipalities.geojson`: close neighbours in the Ruhr, a tandem, a tridem, one place without coordinates. */
export const PLACES: Place[] = [
  { slug: 'arezzo', name: 'Arezzo', country: 'IT', at: [11.8798, 43.4633], tandems: ['hamm-arezzo'], topics: ['energy'], events: 1 },
  { slug: 'basel', name: 'Basel', country: 'CH', at: [7.5886, 47.5596], tandems: ['basel-freiburg-mulhouse'], topics: ['mobility'] },
  { slug: 'bochum', name: 'Bochum', country: 'DE', at: [7.2162, 51.4818], networks: ['eurocities'], topics: ['data'] },
  { slug: 'dortmund', name: 'Dortmund', country: 'DE', at: [7.4653, 51.5136], networks: ['eurocities', 'dksn'], topics: ['data', 'mobility'], events: 2 },
  { slug: 'freiburg', name: 'Freiburg im Breisgau', country: 'DE', at: [7.8421, 47.999], tandems: ['basel-freiburg-mulhouse'], networks: ['dksn'], topics: ['mobility'] },
  { slug: 'hamm', name: 'Hamm', country: 'DE', at: [7.8148, 51.6739], networks: ['dksn'], tandems: ['hamm-arezzo'], topics: ['energy', 'data'] },
  { slug: 'mulhouse', name: 'Mulhouse', country: 'FR', at: [7.3389, 47.7508], tandems: ['basel-freiburg-mulhouse'], topics: ['mobility'] },
  { slug: 'tartu', name: 'Tartu', country: 'EE', at: [26.7225, 58.378], networks: ['eurocities'], topics: ['data'], events: 1 },
  { slug: 'nowhere', name: 'Ohneort', country: 'DE', at: null, networks: ['dksn'], topics: ['data'] },
]

export const featureCollection = (lang: Lang = 'de', places: Place[] = PLACES): MunicipalityFeatureCollection => ({
  type: 'FeatureCollection',
  features: places.map(feature),
  lang,
  modified: '2026-11-01T10:00:00Z',
})
