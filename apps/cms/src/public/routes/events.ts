import type { Request, Response } from 'express'

import { eventColumns } from '../formats/csvTables'
import { type CalendarEntry, eventsToIcs } from '../formats/icalEvents'
import { eventJsonLd } from '../formats/jsonld'
import { sendCacheable } from '../http/cache'
import { ProblemError } from '../http/problem'
import { say } from '../i18n/messages'
import { licenceLinkHeader } from '../opendata/licence'
import { langSpec, paginate } from '../query/common'
import { eventFilterSpecs, eventListSpecs, parseEventQuery, selectEvents } from '../query/events'
import { type ParamSpecs, parseParams, type RawQuery } from '../query/params'
import type { EventEntry, Snapshot } from '../readModel/snapshot'
import { detailRoute, openDataRoutes } from './builders'
import { type Format, sendPage } from './respond'
import type { RouteDef } from './routeDef'
import { notFound, type Scope } from './scope'

/**
 * The feed's filters are those of `/events`, but without a time window by default: a calendar
 * client deletes entries that disappear from a subscribed feed, so past events stay in it.
 */
function feedSpecs(snapshot: Snapshot): ParamSpecs {
  const specs = eventFilterSpecs(snapshot)
  const when = specs.when
  return when?.kind === 'enum' ? { ...specs, when: { ...when, default: 'all' } } : specs
}

const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8'

function sendCalendar(req: Request, res: Response, scope: Scope, events: readonly EventEntry[], filename: string): void {
  const entries: CalendarEntry[] = events.map((e) => ({
    event: e.item[scope.lang],
    uid: e.uid,
    sequence: e.sequence,
    detailUrl: scope.urls.event(e.slug),
  }))
  const ics = eventsToIcs(
    {
      name: say(scope.lang, 'calendarName'),
      description: say(scope.lang, 'calendarDescription'),
      refreshInterval: 'PT1H',
      source: `${scope.api}${req.url}`,
      lang: scope.lang,
    },
    entries,
  )
  res.setHeader('Link', licenceLinkHeader)
  res.setHeader('Content-Disposition', `inline; filename="${filename}"`)
  sendCacheable(req, res, ics, ICS_CONTENT_TYPE)
}

export const eventRoutes: RouteDef[] = [
  {
    path: '/events',
    express: '/events',
    operationId: 'listEvents',
    tag: 'events',
    summary: { de: 'Veranstaltungen, kommende zuerst', en: 'Events, upcoming first' },
    params: eventListSpecs,
    ok: [{ type: 'application/json', schema: 'EventPage' }, { type: 'application/ld+json' }],
    paged: true,
    handle: (req, res, scope) => {
      const { filter, rest } = parseEventQuery(req.query as RawQuery, eventListSpecs(scope.snapshot), scope.parse)
      const page = paginate(selectEvents(scope.snapshot, filter, scope.now), { limit: rest.limit as number, page: rest.page as number }, scope.lang)
      sendPage(req, res, scope, page, rest.format as Format, {
        dto: (entry) => entry.item[scope.lang],
        jsonld: (entry) => eventJsonLd(entry.item[scope.lang], scope.urls, scope.lang),
      })
    },
  },
  {
    path: '/events.ics',
    express: '/events.ics',
    operationId: 'eventsCalendar',
    tag: 'events',
    summary: { de: 'Veranstaltungen als iCalendar-Abonnement', en: 'Events as an iCalendar subscription' },
    description: {
      de: 'Dieselben Filter wie /events, aber ohne Seiten; `when` ist hier standardmäßig `all`, damit Kalender vergangene Termine behalten. Veranstaltungen ohne genaues Datum fehlen.',
      en: 'The same filters as /events, without pages; `when` defaults to `all` here so calendars keep past entries. Events without an exact date are left out.',
    },
    params: feedSpecs,
    ok: [{ type: 'text/calendar' }],
    handle: (req, res, scope) => {
      const { filter } = parseEventQuery(req.query as RawQuery, feedSpecs(scope.snapshot), scope.parse)
      sendCalendar(req, res, scope, selectEvents(scope.snapshot, filter, scope.now), `vie-events-${scope.lang}.ics`)
    },
  },
  ...openDataRoutes({
    collection: 'events',
    plural: { de: 'Veranstaltungen', en: 'events' },
    columns: eventColumns,
    schema: 'EventDump',
    rows: (snapshot, lang) => snapshot.events.map((e) => e.item[lang]),
  }),
  {
    path: '/events/{slug}.ics',
    express: '/events/:slug.ics',
    operationId: 'eventCalendar',
    tag: 'events',
    summary: { de: 'Eine Veranstaltung als iCalendar-Datei', en: 'One event as an iCalendar file' },
    params: () => langSpec,
    slug: { de: 'Slug der Veranstaltung', en: 'Slug of the event' },
    ok: [{ type: 'text/calendar' }],
    handle: (req, res, scope) => {
      parseParams(req.query as RawQuery, langSpec, scope.parse)
      const slug = String(req.params.slug)
      const entry = scope.snapshot.eventBySlug.get(slug)
      if (!entry) throw notFound(scope.lang, 'events', slug)
      if (!entry.span) throw new ProblemError('not-found', say(scope.lang, 'noDate', { slug }))
      sendCalendar(req, res, scope, [entry], `${slug}.ics`)
    },
  },
  detailRoute({
    collection: 'events',
    operationId: 'getEvent',
    tag: 'events',
    summary: { de: 'Eine Veranstaltung', en: 'One event' },
    slug: { de: 'Slug der Veranstaltung', en: 'Slug of the event' },
    schema: 'EventDetail',
    find: (scope, slug) => scope.snapshot.eventBySlug.get(slug)?.detail[scope.lang],
    jsonld: eventJsonLd,
  }),
]
