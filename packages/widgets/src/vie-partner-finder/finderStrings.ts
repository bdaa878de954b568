import type { Lang } from '@vie/types'

/**
 * The finder's own interface texts. They stay in its chunk instead of the shared strings, which
 * every page loads with the main bundle.
 */
const de = {
  whoLegend: 'Wer sind Sie?',
  whoLabel: 'Kommune oder Ort',
  whoHint: 'Name eingeben, dann mit den Pfeiltasten einen Eintrag wählen.',
  inRegister: 'Im Register',
  places: 'Orte (GeoNames)',
  noMatch: 'Nichts gefunden.',
  searching: 'Suche …',
  options: (n: number) => (n === 1 ? '1 Treffer' : `${n} Treffer`),
  registered: 'Kommune im Register; ihr Partnerschaftsprofil wird verwendet.',
  population: 'Einwohnerzahl',
  country: 'Land',
  languages: 'Arbeitssprachen',
  offersLegend: 'Was Sie anderen zeigen können',
  seeksLegend: 'Was Sie lernen möchten',
  submit: 'Partner vorschlagen',
  chooseWho: 'Bitte zuerst eine Kommune oder einen Ort wählen.',
  chooseTopic: 'Bitte mindestens ein Thema wählen, das Sie anbieten oder suchen.',
  picked: (name: string) => `${name} gewählt.`,
  resultsFor: (name: string) => `Vorschläge für ${name}`,
  counts: (m: number, n: number, t: number) =>
    `${m} ${m === 1 ? 'Kommune' : 'Kommunen'}, ${n} ${n === 1 ? 'Netzwerk' : 'Netzwerke'}, ${t} ${t === 1 ? 'Tandem' : 'Tandems'} vorgeschlagen.`,
  municipalities: 'Kommunen als neue Partner',
  networks: 'Netzwerke zum Beitreten',
  tandems: 'Tandems zum Lernen',
  noMunicipalities: 'Keine passende Kommune gefunden.',
  noNetworks: 'Kein passendes Netzwerk gefunden.',
  noTandems: 'Kein passendes Tandem gefunden.',
  score: (percent: string) => `Passung ${percent}`,
  reasons: 'Gründe',
  members: 'Mitglieder',
  attribution: 'Ortsdaten: GeoNames, CC BY 4.0',
}

export type FinderStrings = typeof de

const en: FinderStrings = {
  whoLegend: 'Who are you?',
  whoLabel: 'Municipality or place',
  whoHint: 'Type a name, then choose an entry with the arrow keys.',
  inRegister: 'In the register',
  places: 'Places (GeoNames)',
  noMatch: 'Nothing found.',
  searching: 'Searching …',
  options: (n) => (n === 1 ? '1 result' : `${n} results`),
  registered: 'Municipality in the register; its partnership profile is used.',
  population: 'Population',
  country: 'Country',
  languages: 'Working languages',
  offersLegend: 'What you can show others',
  seeksLegend: 'What you want to learn',
  submit: 'Suggest partners',
  chooseWho: 'Please choose a municipality or place first.',
  chooseTopic: 'Please choose at least one topic you offer or seek.',
  picked: (name) => `${name} chosen.`,
  resultsFor: (name) => `Suggestions for ${name}`,
  counts: (m, n, t) =>
    `${m} ${m === 1 ? 'municipality' : 'municipalities'}, ${n} ${n === 1 ? 'network' : 'networks'}, ${t} ${t === 1 ? 'tandem' : 'tandems'} suggested.`,
  municipalities: 'Municipalities as new partners',
  networks: 'Networks to join',
  tandems: 'Tandems to learn from',
  noMunicipalities: 'No matching municipality found.',
  noNetworks: 'No matching network found.',
  noTandems: 'No matching tandem found.',
  score: (percent) => `Match ${percent}`,
  reasons: 'Reasons',
  members: 'Members',
  attribution: 'Place data: GeoNames, CC BY 4.0',
}

export const finderStrings = (lang: Lang): FinderStrings => (lang === 'de' ? de : en)
