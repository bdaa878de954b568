import type { MunicipalityDetail } from '@vie/types'

import { municipalityJsonLd } from '../formats/jsonld'
import { detailRoute } from './builders'
import type { RouteDef } from './routeDef'

export const municipalityRoutes: RouteDef[] = [
  detailRoute({
    collection: 'municipalities',
    operationId: 'getMunicipality',
    tag: 'municipalities',
    summary: {
      de: 'Eine Kommune mit ihren Netzwerken, Tandems und kommenden Veranstaltungen',
      en: 'A municipality with its networks, tandems and upcoming events',
    },
    slug: { de: 'Slug der Kommune', en: 'Slug of the municipality' },
    schema: 'MunicipalityDetail',
    find: (scope, slug): MunicipalityDetail | undefined => {
      const entry = scope.snapshot.municipalityBySlug.get(slug)
      if (!entry) return undefined
      // Which events are still to come depends on the clock, not on the snapshot.
      const upcoming = entry.events.filter((e) => e.span && e.span.endsAt > scope.now)
      return { ...entry.detail[scope.lang], upcomingEvents: upcoming.map((e) => e.item[scope.lang]) }
    },
    jsonld: municipalityJsonLd,
  }),
]
