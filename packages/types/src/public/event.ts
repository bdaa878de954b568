import type { Labelled, Lang, Localized, MunicipalityRef, NetworkRef, TandemRef, TopicRef } from './common'
import type { Page } from './pagination'
import type { CountryCode, EventAudience, EventKind, EventMode, EventStatus } from '../vocabularies'

export type EventWhen = 'upcoming' | 'past' | 'all'

export interface EventPlace {
  /** Venue or address line, if known. */
  name: string | null
  city: string | null
  country: CountryCode | null
}

/**
 * One event as `<vie-event-list>` shows it. Times are ISO 8601 with the offset valid at that
 * instant in `timeZone` (e.g. `2024-12-10T10:00:00+01:00`); all-day events give dates
 * (`2024-12-10`) and `end` is the last day, inclusive. Events the sources give no date for have
 * `start: null` and say what is known in `dateText`; they are never upcoming or past.
 */
export interface EventItem extends Localized {
  slug: string
  title: string
  kind: Labelled<EventKind>
  mode: Labelled<EventMode> | null
  status: Labelled<EventStatus>
  start: string | null
  end: string | null
  /** The date as text when no exact date is known (e.g. "Sommer 2024"). */
  dateText: string | null
  allDay: boolean
  /** IANA time zone of the event, e.g. `Europe/Berlin`. */
  timeZone: string
  place: EventPlace | null
  /** Where to register. */
  registrationUrl: string | null
  /** Where to join online. */
  onlineUrl: string | null
  summary: string | null
  topics: TopicRef[]
  networks: NetworkRef[]
  tandems: TandemRef[]
  updatedAt: string
}

/** `GET /events/{slug}`. */
export interface EventDetail extends EventItem {
  audience: Labelled<EventAudience> | null
  organizer: string | null
  participantsCount: number | null
  municipalities: MunicipalityRef[]
  lang: Lang
}

/** Filters of `GET /events`, `GET /events.ics` and `GET /events.csv`. */
export interface EventQuery {
  /** Default `upcoming` (soonest first); `past` is newest first; `all` is chronological, undated last. */
  when?: EventWhen
  /** ISO 8601 date or date-time; events ending after it. */
  from?: string
  /** ISO 8601 date or date-time; events starting before it (a date includes that day). */
  to?: string
  topic?: string
  network?: string
  tandem?: string
  country?: CountryCode
  mode?: EventMode
  kind?: EventKind
  limit?: number
  page?: number
  lang?: Lang
}

export type EventPage = Page<EventItem>
