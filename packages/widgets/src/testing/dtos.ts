import type { EventItem, Lang, NetworkCard, TandemDetail } from '@vie/types'
import { render } from 'lit'
import type { TemplateResult } from 'lit'

import { localeFor } from '../shared/lang'
import { stringsFor } from '../shared/strings'
import type { RenderContext } from '../shared/VieElement'

/** Small DTOs shaped like the public API's answers, for testing how one record is drawn. */
export const networkCard = (overrides: Partial<NetworkCard> = {}): NetworkCard => ({
  slug: 'eurocities',
  name: 'Eurocities',
  acronym: null,
  category: { value: 'city-region-network', label: 'European and international networks of cities and regions' },
  foundingInitiative: { value: 'bottom-up', label: 'Bottom-up initiative' },
  geographicScope: { value: 'european', label: 'European' },
  themes: [
    { slug: 'data', label: 'Data' },
    { slug: 'mobility', label: 'Mobility' },
  ],
  foundedYear: 1986,
  memberCount: 1234,
  website: 'https://eurocities.eu/',
  summary: 'Network of large European cities.',
  infoAsOf: '2023-05',
  updatedAt: '2026-11-01T10:00:00+01:00',
  fallback: [],
  ...overrides,
})

export const tandem = (overrides: Partial<TandemDetail> = {}): TandemDetail => ({
  slug: 'hamm-arezzo',
  title: 'Hamm – Arezzo',
  kind: { value: 'tandem', label: 'Tandem' },
  status: { value: 'continuing', label: 'Continuing' },
  municipalities: [
    { slug: 'hamm', name: 'Hamm', country: 'DE', population: 180761, location: null, strategyDocument: null },
    { slug: 'arezzo', name: 'Arezzo', country: 'IT', population: 96535, location: null, strategyDocument: null },
  ],
  topics: [{ slug: 'governance', label: 'Governance' }],
  period: { start: 2023, end: 2024, approximate: true },
  summary: 'Learning-driven pairing.',
  updatedAt: '2026-11-01T10:00:00+01:00',
  fallback: [],
  statusReason: null,
  matchingReason: null,
  challenges: null,
  projects: null,
  results: ['Digital days as a participation format', 'Shared search for EU funding'],
  lessons: [],
  formats: [],
  sharedNetworks: [],
  events: [],
  lang: 'en',
  ...overrides,
})

export const eventItem = (overrides: Partial<EventItem> = {}): EventItem => ({
  slug: 'abschlussworkshop-debrief-2024-12',
  title: 'Closing workshop',
  kind: { value: 'workshop', label: 'Workshop' },
  mode: { value: 'online', label: 'Online' },
  status: { value: 'scheduled', label: 'Scheduled' },
  start: '2024-12-10',
  end: '2024-12-10',
  dateText: null,
  allDay: true,
  timeZone: 'Europe/Berlin',
  place: null,
  registrationUrl: null,
  onlineUrl: null,
  summary: 'Looking back on the project.',
  topics: [],
  networks: [],
  tandems: [],
  updatedAt: '2026-11-01T10:00:00+01:00',
  fallback: [],
  ...overrides,
})

export const contextFor = (lang: Lang): RenderContext => ({
  lang,
  t: stringsFor(lang),
  locale: localeFor(lang, []),
  api: 'https://vie.example/',
})

/** Renders a template into a fresh container in the document and returns the container. */
export function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div')
  document.body.append(container)
  render(template, container)
  return container
}
