import type { Labelled, Lang, Localized, MunicipalityRef, NetworkRef, TopicRef } from './common'
import type { Page } from './pagination'
import type {
  FoundingInitiative,
  FoundingSubtype,
  GeographicScope,
  MemberType,
  NetworkCategory,
  NetworkFormat,
  RuntimeKind,
} from '../vocabularies'

/** `-` in front sorts descending: `-founded` is newest first. */
export type NetworkSort = 'name' | '-name' | 'founded' | '-founded' | 'updated' | '-updated'

/** What `<vie-network-card>` and `<vie-network-list>` show: one entry of `GET /networks`. */
export interface NetworkCard extends Localized {
  slug: string
  name: string
  acronym: string | null
  category: Labelled<NetworkCategory>
  foundingInitiative: Labelled<FoundingInitiative>
  geographicScope: Labelled<GeographicScope> | null
  themes: TopicRef[]
  foundedYear: number | null
  memberCount: number | null
  /** The network's main website. */
  website: string | null
  /** Two or three sentences, plain text. */
  summary: string
  /** The month the facts were taken from the source (ISO 8601 `YYYY-MM`), if known. */
  infoAsOf: string | null
  /** Last published change, ISO 8601 with offset. */
  updatedAt: string
}

/** `GET /networks/{slug}`: the full public profile. */
export interface NetworkDetail extends NetworkCard {
  foundingSubtype: Labelled<FoundingSubtype> | null
  foundedNote: string | null
  initiators: string | null
  carriers: string | null
  funding: string | null
  runtime: { kind: Labelled<RuntimeKind>; endYear: number | null }
  /** Why the study classified the network as it did, where that needs saying. */
  typologyNote: string | null
  goals: string | null
  results: string | null
  focus: string | null
  members: {
    summary: string | null
    count: number | null
    countryCount: number | null
    types: Labelled<MemberType>[]
  }
  formats: Labelled<NetworkFormat>[]
  /** Every website of the profile, main one first. */
  websites: string[]
  contactEmail: string | null
  source: string | null
  /** Participating German municipalities that the register holds as records. */
  municipalities: MunicipalityRef[]
  /** Other German participants that are not municipalities (regions, states, associations), names only. */
  otherParticipants: string[]
  relatedNetworks: NetworkRef[]
  lang: Lang
}

/** Filters of `GET /networks` (query string). */
export interface NetworkQuery {
  category?: NetworkCategory
  initiative?: FoundingInitiative
  scope?: GeographicScope
  /** Repeatable: a network matches when it has at least one of the given themes (faceted search). */
  theme?: string[]
  /** Slug of a member municipality. */
  municipality?: string
  /** Full text over name, acronym, goals and results (both languages, accents and case ignored). */
  q?: string
  sort?: NetworkSort
  limit?: number
  page?: number
  lang?: Lang
}

export type NetworkPage = Page<NetworkCard>
