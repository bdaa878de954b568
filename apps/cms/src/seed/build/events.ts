import type { Event } from '@vie/types'

import {
  CITY_NAMES_EN,
  EVENT_DATE_NOTES,
  EVENT_TIMEZONE,
  EVENT_TITLES,
  ORGANIZERS,
  PROJECT_EVENTS_NETWORK,
  PROJECT_ORGANIZER,
} from '../choices'
import { midnightIn } from '../dates'
import { fromText, Localized } from '../localized'
import { idFor, idsFor, type SlugIds } from '../refs'
import type { EventSource, MunicipalitySource, TandemSource } from '../sources'
import type { SeedRecord } from './types'

type EventRefs = { municipalities: SlugIds; topics: SlugIds; tandems: SlugIds; networks: SlugIds }

/**
 * The municipalities an event concerns: those of its tandems, then the host city if it is in the
 * register. Stored on the event so municipalities can list their events (a join field).
 */
function municipalitySlugsOf(
  event: EventSource,
  tandems: readonly TandemSource[],
  municipalities: readonly MunicipalitySource[],
): string[] {
  const fromTandems = event.relatedTandems.flatMap(
    (slug) => tandems.find((tandem) => tandem.slug === slug)?.municipalitySlugs ?? [],
  )
  const host = municipalities.find((municipality) => municipality.name === event.city)?.slug
  return [...new Set([...fromTandems, ...(host ? [host] : [])])]
}

export function buildEvents(
  sources: readonly EventSource[],
  context: { tandems: readonly TandemSource[]; municipalities: readonly MunicipalitySource[] },
  refs: EventRefs,
): SeedRecord<Event>[] {
  return sources.map((event) => {
    const title = EVENT_TITLES[event.slug]
    const organizer = event.organizer ? ORGANIZERS[event.organizer] : undefined
    if (event.organizer && !organizer) throw new Error(`seed data: no organizer text for "${event.organizer}"`)
    const byProject = organizer === PROJECT_ORGANIZER
    return {
      slug: event.slug,
      data: {
        _status: 'published',
        slug: event.slug,
        title: new Localized(title?.de ?? event.title, title?.en),
        kind: event.kind as Event['kind'],
        mode: event.mode as Event['mode'],
        status: 'scheduled',
        start: event.startDate ? midnightIn(event.startDate, EVENT_TIMEZONE) : null,
        start_tz: EVENT_TIMEZONE,
        end: event.endDate ? midnightIn(event.endDate, EVENT_TIMEZONE) : null,
        end_tz: EVENT_TIMEZONE,
        allDay: Boolean(event.startDate),
        dateNote: fromText(EVENT_DATE_NOTES[event.slug]),
        city: event.city ? new Localized(event.city, CITY_NAMES_EN[event.city]) : null,
        country: event.country as Event['country'],
        audience: event.audience as Event['audience'],
        participantsCount: event.participantsCount,
        summary: fromText(event.summary),
        organizer: fromText(organizer),
        relatedTandems: idsFor(refs.tandems, event.relatedTandems, 'tandem'),
        relatedNetworks: byProject ? [idFor(refs.networks, PROJECT_EVENTS_NETWORK, 'network')] : [],
        municipalities: idsFor(
          refs.municipalities,
          municipalitySlugsOf(event, context.tandems, context.municipalities),
          'municipality',
        ),
        topics: idsFor(refs.topics, event.topics, 'topic'),
      },
    }
  })
}
