import type { EventQuery, EventWhen } from '@vie/types'

import { apiUrl } from '../shared/api'

/** The filters of a list, as its attributes give them. */
export type EventFilters = Pick<EventQuery, 'topic' | 'network' | 'tandem' | 'country' | 'mode' | 'kind'>

export const eventWhen = (value: string | undefined): EventWhen => (value === 'past' || value === 'all' ? value : 'upcoming')

export const eventLimit = (limit: number | undefined): number =>
  Number.isInteger(limit) && (limit as number) > 0 ? Math.min(limit as number, 100) : 10

export function eventListUrl(api: string, filters: EventFilters, when: EventWhen, limit: number, lang: string): string {
  return apiUrl(api, 'events', { ...filters, when, limit, lang })
}

/**
 * The iCalendar feed of the same filters, over all dates: a subscribed calendar should keep
 * events once they are over rather than see them vanish. As https and as webcal (which calendar
 * apps open as a subscription).
 */
export function eventFeedUrls(api: string, filters: EventFilters, lang: string): { https: string; webcal: string } {
  const https = apiUrl(api, 'events.ics', { ...filters, when: 'all', lang })
  return { https, webcal: https.replace(/^https?:/, 'webcal:') }
}

/** One event as an iCalendar file, for "add to calendar". */
export const eventIcsUrl = (api: string, slug: string, lang: string): string =>
  apiUrl(api, `events/${encodeURIComponent(slug)}.ics`, { lang })
