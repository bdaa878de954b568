import type { EventPlace, MunicipalityRef } from '@vie/types'

/**
 * The documents the read model reads from Payload: `locale: 'all'` (so localized fields arrive
 * as `{ de, en }` and fallbacks can be told apart from real translations) and `depth: 0` (so
 * relationships arrive as ids and are joined in memory against published records only).
 * Only the fields the public contract uses are named; everything else is never read.
 */

export type Id = string | number

/** A localized field read with `locale: 'all'`; a field that is not localized arrives as the value itself. */
export type LocalizedValue<T> = T | { de?: T | null; en?: T | null } | null | undefined

/** A relationship at depth 0 is an id; a populated one (if a hook populated it) still has an id. */
export type Relation = Id | { id: Id } | null | undefined

export type RawBase = {
  id: Id
  slug: string
  createdAt: string
  updatedAt: string
  _status?: 'draft' | 'published' | null
}

export type RawTopic = RawBase & {
  label: LocalizedValue<string>
}

export type RawMunicipality = RawBase & {
  name: LocalizedValue<string>
  country: MunicipalityRef['country']
  kind?: string | null
  region?: LocalizedValue<string>
  population?: number | null
  populationYear?: number | null
  populationSource?: string | null
  sizeClass?: string | null
  location?: { lat?: number | null; lng?: number | null } | null
  website?: string | null
  strategyDocument?: { title?: LocalizedValue<string>; url?: string | null } | null
  partnership?: {
    offers?: { topics?: Relation[] | null } | null
    seeks?: { topics?: Relation[] | null } | null
    workingLanguages?: string[] | null
    openToPartnership?: string | null
  } | null
}

export type RawNetwork = RawBase & {
  name: LocalizedValue<string>
  acronym?: string | null
  category: string
  foundingInitiative: string
  foundingSubtype?: string | null
  typologyNote?: LocalizedValue<string>
  foundedYear?: number | null
  runtime?: { kind?: string | null; endYear?: number | null } | null
  foundedNote?: LocalizedValue<string>
  initiators?: LocalizedValue<string>
  carriers?: LocalizedValue<string>
  funding?: LocalizedValue<string>
  goals?: LocalizedValue<string>
  focus?: LocalizedValue<string>
  members?: {
    summary?: LocalizedValue<string>
    memberCount?: number | null
    countryCount?: number | null
    memberTypes?: string[] | null
  } | null
  germanMunicipalities?: Relation[] | null
  otherGermanParticipants?: string[] | null
  geographicScope?: string | null
  themes?: Relation[] | null
  formats?: string[] | null
  results?: LocalizedValue<string>
  relatedNetworks?: Relation[] | null
  websites?: { url?: string | null }[] | null
  contactEmail?: string | null
  sourceNote?: LocalizedValue<string>
  /** A date field with month precision. */
  infoAsOf?: string | null
}

/** One statement of a list (results, lessons): a Payload array row with a localized text. */
export type RawStatement = { text?: LocalizedValue<string> }

export type RawTandem = RawBase & {
  title: LocalizedValue<string>
  kind: string
  status: string
  statusReason?: LocalizedValue<string>
  municipalities?: Relation[] | null
  period?: { from?: number | null; to?: number | null; approximate?: boolean | null } | null
  matchingReason?: LocalizedValue<string>
  challenges?: LocalizedValue<string>
  jointProjects?: LocalizedValue<string>
  results?: RawStatement[] | null
  lessons?: RawStatement[] | null
  topics?: Relation[] | null
  formats?: string[] | null
  sharedNetworks?: Relation[] | null
}

export type RawEvent = RawBase & {
  title: LocalizedValue<string>
  kind: string
  mode?: string | null
  status?: string | null
  /** ISO instants as Payload stores date fields (UTC); both absent when no exact date is known. */
  start?: string | null
  end?: string | null
  /** IANA zones Payload keeps beside date fields with `timezone` enabled. */
  start_tz?: string | null
  end_tz?: string | null
  allDay?: boolean | null
  dateNote?: LocalizedValue<string>
  venue?: LocalizedValue<string>
  city?: LocalizedValue<string>
  country?: EventPlace['country']
  onlineUrl?: string | null
  registrationUrl?: string | null
  audience?: string | null
  participantsCount?: number | null
  summary?: LocalizedValue<string>
  organizer?: LocalizedValue<string>
  relatedTandems?: Relation[] | null
  relatedNetworks?: Relation[] | null
  municipalities?: Relation[] | null
  topics?: Relation[] | null
}

export type RawRecords = {
  topics: RawTopic[]
  municipalities: RawMunicipality[]
  networks: RawNetwork[]
  tandems: RawTandem[]
  events: RawEvent[]
}

export type RecordCollection = keyof RawRecords

/** The collections behind the public API, by slug, in load order. */
export const RECORD_COLLECTIONS: readonly RecordCollection[] = ['topics', 'municipalities', 'networks', 'tandems', 'events']
