import type { MunicipalityDetail } from '@vie/types'

import { GEOJSON_CONTENT_TYPE, municipalityFeatures } from '../formats/geojson'
import { municipalityJsonLd } from '../formats/jsonld'
import { sendJson } from '../http/cache'
import { licenceLinkHeader } from '../opendata/licence'
import { langSpec } from '../query/common'
import { parseParams, type RawQuery } from '../query/params'
import { detailRoute } from './builders'
import type { RouteDef } from './routeDef'

export const municipalityRoutes: RouteDef[] = [
  {
    path: '/municipalities.geojson',
    express: '/municipalities.geojson',
    operationId: 'municipalitiesGeoJson',
    tag: 'municipalities',
    summary: {
      de: 'Alle veröffentlichten Kommunen als GeoJSON (RFC 7946) mit Zahl ihrer Netzwerke, Tandems und Veranstaltungen',
      en: 'All published municipalities as GeoJSON (RFC 7946) with the number of their networks, tandems and events',
    },
    description: {
      de: 'Ein Punkt je Kommune (Länge, Breite in WGS 84); Kommunen ohne Koordinaten haben `geometry: null`.',
      en: 'One point per municipality (longitude, latitude in WGS 84); municipalities without coordinates have `geometry: null`.',
    },
    params: () => langSpec,
    ok: [{ type: 'application/geo+json', schema: 'MunicipalityFeatureCollection' }],
    handle: (req, res, scope) => {
      parseParams(req.query as RawQuery, langSpec, scope.parse)
      res.setHeader('Link', licenceLinkHeader)
      sendJson(req, res, municipalityFeatures(scope.snapshot, scope.lang), GEOJSON_CONTENT_TYPE)
    },
  },
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
