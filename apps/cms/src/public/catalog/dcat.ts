import type { Lang } from '@vie/types'

import { LICENCE, LICENCE_DCAT_URI, PUBLISHER } from '../opendata/licence'

type Bilingual = Record<Lang, string>
type Node = Record<string, unknown>

const EU = 'http://publications.europa.eu/resource/authority'
const LANGUAGE: Record<Lang, string> = { de: `${EU}/language/DEU`, en: `${EU}/language/ENG` }

/**
 * What a distribution is: its file ending, IANA media type and `dct:format` from the EU
 * file-type list, which DCAT-AP.de 3.0 requires (its SHACL shapes reject any other IRI there).
 */
export const FORMATS = {
  csv: { mediaType: 'text/csv', fileType: `${EU}/file-type/CSV` },
  json: { mediaType: 'application/json', fileType: `${EU}/file-type/JSON` },
  ics: { mediaType: 'text/calendar', fileType: `${EU}/file-type/ICS` },
  geojson: { mediaType: 'application/geo+json', fileType: `${EU}/file-type/GEOJSON` },
} as const

export type DistributionFormat = keyof typeof FORMATS

/** One published dataset and the files it is offered in; each file exists in German and English. */
export type DatasetDef = {
  id: string
  title: Bilingual
  description: Bilingual
  keywords: string[]
  formats: DistributionFormat[]
}

export const DATASETS: DatasetDef[] = [
  {
    id: 'networks',
    title: { de: 'Netzwerke der kommunalen Digitalisierung', en: 'Networks of municipal digitalisation' },
    description: {
      de: 'Steckbriefe nationaler und europäischer Städtenetzwerke zur digitalen Stadtentwicklung: Gründung, Träger, Ziele, Mitglieder, Themen, Formate, Ergebnisse.',
      en: 'Profiles of national and European city networks for digital urban development: founding, carriers, goals, members, themes, formats, results.',
    },
    keywords: ['Smart City', 'Städtenetzwerk', 'city network', 'Europa'],
    formats: ['csv', 'json'],
  },
  {
    id: 'tandems',
    title: { de: 'Tandems europäischer Kommunen', en: 'Tandems of European municipalities' },
    description: {
      de: 'Partnerschaften von zwei oder drei Kommunen: Anlass, Herausforderungen, Vorhaben, Ergebnisse und Erkenntnisse.',
      en: 'Partnerships of two or three municipalities: reasons, challenges, projects, results and lessons.',
    },
    keywords: ['Tandem', 'Städtepartnerschaft', 'peer learning'],
    formats: ['csv', 'json'],
  },
  {
    id: 'events',
    title: { de: 'Veranstaltungen', en: 'Events' },
    description: {
      de: 'Konferenzen, Workshops und Treffen der Netzwerke und Tandems, mit Zeit, Ort, Format und Status.',
      en: 'Conferences, workshops and meetings of the networks and tandems, with time, place, mode and status.',
    },
    keywords: ['Veranstaltung', 'event', 'Kalender'],
    formats: ['csv', 'json', 'ics'],
  },
  {
    id: 'municipalities',
    title: { de: 'Kommunen und ihre Lage', en: 'Municipalities and where they are' },
    description: {
      de: 'Die Kommunen des Registers als Punkte (GeoJSON) mit Land, Einwohnerzahl, Größenklasse und der Zahl ihrer Netzwerke, Tandems und Veranstaltungen.',
      en: 'The municipalities of the register as points (GeoJSON) with country, population, size class and the number of their networks, tandems and events.',
    },
    keywords: ['Kommune', 'municipality', 'Geodaten', 'geo'],
    formats: ['geojson'],
  },
]

/** The URL of one distribution; the API serves exactly these paths. */
export const distributionUrl = (api: string, dataset: string, format: DistributionFormat, lang: Lang): string =>
  `${api}/${dataset}.${format}?lang=${lang}`

const texts = (value: Bilingual) => (['de', 'en'] as const).map((lang) => ({ '@value': value[lang], '@language': lang }))

/**
 * A DCAT-AP.de catalogue (JSON-LD) of the open data: one dataset per collection, one
 * distribution per file and language, and the API itself as a data service.
 */
export function dcatCatalog(api: string, modified: string): Node {
  const publisher = { '@type': 'foaf:Organization', 'foaf:name': texts(PUBLISHER) }
  const licence = { '@id': LICENCE_DCAT_URI }
  const service = {
    '@id': `${api}/openapi.json#service`,
    '@type': 'dcat:DataService',
    'dct:title': texts({ de: 'VIE – öffentliche API', en: 'VIE – public API' }),
    'dcat:endpointURL': { '@id': api },
    'dcat:endpointDescription': { '@id': `${api}/openapi.json` },
    'dct:license': licence,
    'dct:publisher': publisher,
    'dcat:servesDataset': DATASETS.map((d) => ({ '@id': `${api}/catalog.jsonld#${d.id}` })),
  }
  const datasets = DATASETS.map((d) => ({
    '@id': `${api}/catalog.jsonld#${d.id}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': `vie-${d.id}`,
    'dct:title': texts(d.title),
    'dct:description': texts(d.description),
    'dcat:keyword': d.keywords,
    'dcat:theme': [{ '@id': `${EU}/data-theme/REGI` }, { '@id': `${EU}/data-theme/GOVE` }],
    'dct:publisher': publisher,
    'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': PUBLISHER.de, 'vcard:hasURL': { '@id': 'https://www.bbsr.bund.de' } },
    'dct:language': [{ '@id': LANGUAGE.de }, { '@id': LANGUAGE.en }],
    'dct:accessRights': { '@id': `${EU}/access-right/PUBLIC` },
    'dct:accrualPeriodicity': { '@id': `${EU}/frequency/IRREG` },
    'dct:license': licence,
    'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' },
    'dcatde:politicalGeocodingLevelURI': { '@id': 'http://dcat-ap.de/def/politicalGeocoding/Level/federal' },
    'dcat:distribution': d.formats.flatMap((format) =>
      (['de', 'en'] as const).map((lang) => {
        const url = distributionUrl(api, d.id, format, lang)
        const { mediaType, fileType } = FORMATS[format]
        return {
          '@id': url,
          '@type': 'dcat:Distribution',
          'dct:title': `${d.title[lang]} (${format.toUpperCase()}, ${lang})`,
          'dcat:accessURL': { '@id': url },
          'dcat:downloadURL': { '@id': url },
          'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
          'dct:format': { '@id': fileType },
          'dct:language': { '@id': LANGUAGE[lang] },
          'dct:license': licence,
          'dcatde:licenseAttributionByText': LICENCE.attribution,
          'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' },
          'dcat:accessService': { '@id': service['@id'] },
        }
      }),
    ),
  }))

  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatde: 'http://dcat-ap.de/def/dcatde/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${api}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': texts({ de: 'VIE – vernetzt in Europa: offene Daten', en: 'VIE – connected in Europe: open data' }),
    'dct:description': texts({
      de: 'Das Register des BBSR zu Netzwerken, Tandems und Veranstaltungen, über die Kommunen bei der digitalen Stadtentwicklung zusammenarbeiten.',
      en: 'The BBSR register of networks, tandems and events through which municipalities cooperate on digital urban development.',
    }),
    'dct:publisher': publisher,
    'dct:language': [{ '@id': LANGUAGE.de }, { '@id': LANGUAGE.en }],
    'dct:license': licence,
    'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' },
    'foaf:homepage': { '@id': `${api}/docs` },
    'dcat:themeTaxonomy': { '@id': `${EU}/data-theme` },
    'dcat:dataset': datasets,
    'dcat:service': [service],
  }
}
