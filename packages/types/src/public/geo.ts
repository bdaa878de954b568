import type { Labelled, Lang } from './common'
import type { CountryCode, MunicipalitySizeClass } from '../vocabularies'

/** Why a municipality is on the map: member of a network, partner in a tandem, place of an event. */
export type MunicipalityRole = 'member' | 'tandem-partner' | 'event-place'

/** What one feature of `GET /municipalities.geojson` says about its municipality. */
export interface MunicipalityFeatureProperties {
  slug: string
  name: string
  country: CountryCode
  population: number | null
  sizeClass: Labelled<MunicipalitySizeClass> | null
  networkCount: number
  tandemCount: number
  /** Published events that concern it (directly, or through its tandems and networks). */
  eventCount: number
  /** Slugs, so maps can filter without a second request. */
  networks: string[]
  tandems: string[]
  /** Topics of its networks, tandems and the events held there. */
  topics: string[]
  roles: MunicipalityRole[]
}

/** RFC 7946 point feature; `geometry` is null for a municipality without coordinates. */
export interface MunicipalityFeature {
  type: 'Feature'
  id: string
  /** Longitude, latitude (WGS 84). */
  geometry: { type: 'Point'; coordinates: [number, number] } | null
  properties: MunicipalityFeatureProperties
}

/** `GET /municipalities.geojson`: every published municipality. */
export interface MunicipalityFeatureCollection {
  type: 'FeatureCollection'
  features: MunicipalityFeature[]
  lang: Lang
  modified: string
}
