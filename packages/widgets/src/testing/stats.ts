import type { Lang, Stats } from '@vie/types'

const bucket = (value: string, label: string, count: number) => ({ value, label, count })

/** Figures shaped like `/public/v1/stats` (labels in English whatever `lang`: the widget shows what it gets). */
export const statsFixture = (lang: Lang = 'en'): Stats => ({
  networks: {
    total: 34,
    byCategory: [
      bucket('international-smart-city', 'International and European smart city networks', 12),
      bucket('city-region-network', 'European and international networks of cities and regions', 10),
      bucket('national-smart-city', 'National smart city networks', 7),
      bucket('eu-thematic', 'European thematic networks', 5),
    ],
    byFoundingInitiative: [bucket('bottom-up', 'Bottom-up initiative', 18), bucket('top-down', 'Top-down initiative', 16)],
    byFoundingSubtype: [
      bucket('funding-programme', 'Funding programme', 9),
      bucket('initiative-or-policy-programme', 'Representing an initiative or political programme', 7),
      bucket('thematic-umbrella', 'Thematic umbrella', 11),
    ],
    byScope: [bucket('european', 'European', 20)],
    byTheme: [bucket('data', 'Data', 14)],
    byFoundedYear: [bucket('1986', '1986', 1), bucket('2001', '2001', 2), bucket('2017', '2017', 5), bucket('2022', '2022', 3)],
    byMemberCount: [bucket('eurocities', 'Eurocities', 200), bucket('energy-cities', 'Energy Cities', 1000), bucket('dksn', 'DKSN', 40)].sort(
      (a, b) => b.count - a.count,
    ),
  },
  tandems: { total: 7, byStatus: [], byCountry: [] },
  events: { total: 20, byYear: [], byMode: [] },
  lang,
})
