import type { EventDetail, EventItem, MunicipalityDetail, MunicipalityRef, NetworkCard, NetworkDetail, TandemCard, TandemDetail } from '@vie/types'

export const JSONLD_CONTENT_TYPE = 'application/ld+json; charset=utf-8'

export type JsonLd = Record<string, unknown>

/** Absolute URLs of the public records, the `@id`s of the graph, and of the context VIE serves. */
export type Urls = {
  context: string
  network: (slug: string) => string
  tandem: (slug: string) => string
  municipality: (slug: string) => string
  event: (slug: string) => string
}

const compact = (value: JsonLd): JsonLd =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)))

function place(m: MunicipalityRef, urls: Urls): JsonLd {
  return compact({
    '@type': 'City',
    '@id': urls.municipality(m.slug),
    name: m.name,
    address: { '@type': 'PostalAddress', addressCountry: m.country },
    geo: m.location ? { '@type': 'GeoCoordinates', latitude: m.location.lat, longitude: m.location.lng } : null,
  })
}

/** A network as a schema.org Organization. */
export function networkJsonLd(n: NetworkCard | NetworkDetail, urls: Urls): JsonLd {
  const detail = 'goals' in n ? n : null
  return compact({
    '@context': urls.context,
    '@type': 'Organization',
    '@id': urls.network(n.slug),
    name: n.name,
    alternateName: n.acronym,
    description: detail?.goals ?? n.summary,
    url: n.website,
    sameAs: detail?.websites.slice(1),
    foundingDate: n.foundedYear ? String(n.foundedYear) : null,
    email: detail?.contactEmail,
    knowsAbout: n.themes.map((t) => t.label),
    areaServed: n.geographicScope?.label,
    additionalType: n.category.label,
    member: detail?.municipalities.map((m) => place(m, urls)),
  })
}

const ATTENDANCE: Record<string, string> = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
  'on-site': 'https://schema.org/OfflineEventAttendanceMode',
}

const STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
}

/** An event as a schema.org Event, with attendance mode and status as schema.org enumeration URLs. */
export function eventJsonLd(e: EventItem | EventDetail, urls: Urls, lang: string): JsonLd {
  const detail = 'organizer' in e ? e : null
  const physical = e.place
    ? compact({
        '@type': 'Place',
        name: e.place.name ?? e.place.city,
        address: compact({ '@type': 'PostalAddress', addressLocality: e.place.city, addressCountry: e.place.country }),
      })
    : null
  const virtual = e.onlineUrl ? { '@type': 'VirtualLocation', url: e.onlineUrl } : null
  return compact({
    '@context': urls.context,
    '@type': 'Event',
    '@id': urls.event(e.slug),
    name: e.title,
    description: e.summary,
    startDate: e.start,
    endDate: e.end,
    eventAttendanceMode: e.mode ? ATTENDANCE[e.mode.value] : null,
    eventStatus: STATUS[e.status.value],
    location: [physical, virtual].filter(Boolean),
    url: e.registrationUrl ?? e.onlineUrl,
    organizer: detail?.organizer ? { '@type': 'Organization', name: detail.organizer } : null,
    about: e.topics.map((t) => ({ '@type': 'Thing', name: t.label })),
    inLanguage: lang,
  })
}

/** A tandem as a schema.org Project (a kind of Organization) whose members are the partner cities. */
export function tandemJsonLd(t: TandemCard | TandemDetail, urls: Urls): JsonLd {
  const detail = 'lessons' in t ? t : null
  return compact({
    '@context': urls.context,
    '@type': 'Project',
    '@id': urls.tandem(t.slug),
    name: t.title,
    description: detail?.matchingReason ?? t.summary,
    member: t.municipalities.map((m) => place(m, urls)),
    knowsAbout: t.topics.map((topic) => topic.label),
    foundingDate: t.period.start ? String(t.period.start) : null,
    dissolutionDate: t.status.value === 'continuing' || !t.period.end ? null : String(t.period.end),
    event: detail?.events.map((e) => ({ '@type': 'Event', '@id': urls.event(e.slug), name: e.title })),
  })
}

/** A municipality as a schema.org City (or AdministrativeArea for districts and regions). */
export function municipalityJsonLd(m: MunicipalityDetail, urls: Urls): JsonLd {
  return compact({
    '@context': urls.context,
    ...place(m, urls),
    '@type': m.kind.value === 'municipality' ? 'City' : 'AdministrativeArea',
    containedInPlace: m.region ? { '@type': 'AdministrativeArea', name: m.region } : null,
    url: m.website,
    event: m.upcomingEvents.map((e) => ({ '@type': 'Event', '@id': urls.event(e.slug), name: e.title, startDate: e.start })),
    // schema.org gives a place no `memberOf`; the networks name the city as their `member`.
    '@reverse': m.networks.length
      ? { member: m.networks.map((n) => ({ '@type': 'Organization', '@id': urls.network(n.slug), name: n.name })) }
      : null,
  })
}

/** A list response as a schema.org ItemList of the entries' JSON-LD, positions counted over all pages. */
export function itemListJsonLd(items: JsonLd[], meta: { url: string; total: number; offset: number; context: string }): JsonLd {
  return {
    '@context': meta.context,
    '@type': 'ItemList',
    '@id': meta.url,
    numberOfItems: meta.total,
    itemListElement: items.map(({ '@context': _context, ...item }, i) => ({
      '@type': 'ListItem',
      position: meta.offset + i + 1,
      item,
    })),
  }
}

/**
 * The JSON-LD text as served: the same JSON value, with `<`, `>`, `&` and the two JavaScript line
 * separators as \u escapes, so a partner can paste it into `<script type="application/ld+json">`
 * as it is and a stored `</script>` cannot end that element.
 */
export const jsonLdText = (value: JsonLd): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
