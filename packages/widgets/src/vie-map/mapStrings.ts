import type { Lang, MunicipalityRole } from '@vie/types'

const de = {
  mapLabel: (n: string) => `Karte Europas mit ${n} markierten Kommunen`,
  keyHelp: 'Pfeiltasten wechseln zwischen den Markierungen, Eingabe zeigt Einzelheiten.',
  showList: 'Als Liste zeigen',
  zoomTo: 'Ausschnitt',
  europe: 'Europa',
  resetZoom: 'Ganz Europa',
  kind: 'Art',
  anyKind: 'Alle Kommunen',
  roles: { member: 'Mitglieder von Netzwerken', 'tandem-partner': 'Tandempartner', 'event-place': 'Veranstaltungsorte' } satisfies Record<MunicipalityRole, string>,
  municipalityCount: (n: string, one: boolean) => `${n} ${one ? 'Kommune' : 'Kommunen'}`,
  cluster: (n: string, names: string) => `${n} Kommunen: ${names}. Eingabe vergrößert.`,
  networks: (n: number) => `${n} ${n === 1 ? 'Netzwerk' : 'Netzwerke'}`,
  tandems: (n: number) => `${n} ${n === 1 ? 'Tandem' : 'Tandems'}`,
  events: (n: number) => `${n} ${n === 1 ? 'Veranstaltung' : 'Veranstaltungen'}`,
  population: 'Einwohner',
  none: 'Keine Kommune passt zu dieser Auswahl.',
  close: 'Schließen',
  attribution: 'Ländergrenzen: Natural Earth',
}

export type MapStrings = typeof de

const en: MapStrings = {
  mapLabel: (n) => `Map of Europe with ${n} marked municipalities`,
  keyHelp: 'Arrow keys move between markers, Enter shows details.',
  showList: 'Show as list',
  zoomTo: 'View',
  europe: 'Europe',
  resetZoom: 'All of Europe',
  kind: 'Kind',
  anyKind: 'All municipalities',
  roles: { member: 'Members of networks', 'tandem-partner': 'Tandem partners', 'event-place': 'Event places' },
  municipalityCount: (n, one) => `${n} ${one ? 'municipality' : 'municipalities'}`,
  cluster: (n, names) => `${n} municipalities: ${names}. Enter zooms in.`,
  networks: (n) => `${n} ${n === 1 ? 'network' : 'networks'}`,
  tandems: (n) => `${n} ${n === 1 ? 'tandem' : 'tandems'}`,
  events: (n) => `${n} ${n === 1 ? 'event' : 'events'}`,
  population: 'Population',
  none: 'No municipality matches this selection.',
  close: 'Close',
  attribution: 'Country borders: Natural Earth',
}

export const mapStrings = (lang: Lang): MapStrings => (lang === 'en' ? en : de)
