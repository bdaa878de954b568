import type { CountryCode } from '../vocabularies'

/** The languages of the public API; German is the default and the fallback. */
export type Lang = 'de' | 'en'

/** A value of a fixed vocabulary with its label in the requested language. */
export interface Labelled<V extends string = string> {
  value: V
  label: string
}

/** A topic of the shared vocabulary (`topics`), label in the requested language. */
export interface TopicRef {
  slug: string
  label: string
}

/** WGS 84 coordinates. */
export interface GeoPoint {
  lat: number
  lng: number
}

/**
 * Every record a response carries in one language says which of its fields had no text in
 * that language and show the German text instead (dotted paths, e.g. `goals`, `members.summary`).
 * Empty in German responses.
 */
export interface Localized {
  fallback: string[]
}

/** A municipality as it appears inside other records (cards, tandems, networks). */
export interface MunicipalityRef {
  slug: string
  name: string
  country: CountryCode
  population: number | null
  location: GeoPoint | null
}

export interface NetworkRef {
  slug: string
  name: string
  acronym: string | null
}

export interface TandemRef {
  slug: string
  title: string
}

/** A municipality's digital or smart-city strategy. */
export interface StrategyDocument {
  title: string | null
  url: string | null
}

/** The licence every open-data response states. */
export interface Licence {
  /** `dl-de/by-2-0` */
  id: string
  name: string
  url: string
  /** The attribution data users must show. */
  attribution: string
}
