/**
 * Decisions the seed takes where the data files leave a choice or disagree with themselves.
 * Each is explained in data/README.md; the data files themselves stay verbatim copies.
 */
import type { Label } from '@vie/types'

/** The programme network the model projects belong to. */
export const PROJECT_NETWORK = 'modellprojekte-smart-cities'

/** The network that ran the #vernetztinEuropa project's own events (GIZ within ISCN). */
export const PROJECT_EVENTS_NETWORK = 'internationales-smart-cities-netzwerk'

/** All dated events are in Germany, online, or in Paris (same offset): one zone for all. */
export const EVENT_TIMEZONE = 'Europe/Berlin'

/**
 * Profiles whose only contact address is a named person's: not published. The network's website
 * carries its contact; editors may add a role-based address.
 */
export const WITHHELD_PERSONAL_CONTACTS = new Set([
  'innovators-club',
  'morgenstadt-initiative',
  'urbact',
  'eurotowns',
  'agora',
])

/** Organizers as one text per language (the data file mixes both and names its sources). */
export const PROJECT_ORGANIZER: Label = {
  de: 'Projekt #vernetztinEuropa: GIZ (Internationales Smart Cities Netzwerk) im Auftrag des BMWSB, fachlich begleitet vom BBSR',
  en: '#vernetztinEuropa project: GIZ (International Smart Cities Network) on behalf of BMWSB, supervised by BBSR',
}
export const ORGANIZERS: Record<string, Label> = {
  '#vernetztinEuropa project: GIZ (Internationales Smart Cities Netzwerk) on behalf of BMWSB, supervised by BBSR':
    PROJECT_ORGANIZER,
  'Internationales Smart Cities Netzwerk (ISCN) on behalf of BMWSB (seed 004); GIZ within ISCN, supervised by BBSR (seed 001)':
    PROJECT_ORGANIZER,
  OECD: { de: 'OECD', en: 'OECD' },
  'UN-Habitat': { de: 'UN-Habitat', en: 'UN-Habitat' },
  'Stadt Hamm': { de: 'Stadt Hamm', en: 'City of Hamm' },
}

/** Event titles: English versions, and the German one where the source misspells a name. */
export const EVENT_TITLES: Record<string, { de?: string; en: string }> = {
  'auftaktkonferenz-connectedineurope-2022': {
    en: 'European kick-off conference – "#ConnectedinEurope: Funding, Networking and Best Practices for Smart Cities"',
  },
  'vernetzungsworkshop-leipzig': { en: 'Networking workshop Leipzig' },
  'webseminar-eu-foerdermoeglichkeiten-2022': {
    en: 'Web seminar on selected EU funding opportunities for cities and municipalities ("Digital Europe", "EDIH", "NetZeroCities")',
  },
  'webseminar-city-follows-data-2022': {
    en: 'Web seminar "City follows data – How municipalities develop their strategy in the age of data"',
  },
  'projekttreffen-berlin-2023': { en: 'Project meeting' },
  'workshop-sharing-experiences-eu-funding-2024': { en: 'Workshop: Sharing Experiences and EU Funding Opportunities' },
  'workshop-data-sets-in-smart-cities-2024': { en: 'Workshop: Data sets in smart cities' },
  'projektabschlusstreffen-paris-2024': { en: 'Project closing meeting' },
  'abschlussworkshop-debrief-2024-12': {
    de: 'Workshop: Debrief zum World Urban Forum und dem Smart City Expo World Congress, neuen Beziehungen und Projektideen',
    en: 'Workshop: debrief on the World Urban Forum and the Smart City Expo World Congress, new relationships and project ideas',
  },
  'oecd-roundtable-smart-cities-inclusive-growth-4': { en: '4th OECD Roundtable "Smart Cities and Inclusive Growth"' },
  'world-urban-forum-kairo': { en: 'World Urban Forum' },
  'smart-city-expo-world-congress-barcelona': { en: 'Smart City Expo World Congress' },
  'tandem-vor-ort-treffen-arnsberg': { en: 'On-site meeting in Arnsberg' },
  'workshop-freiraum-arnsberg': { en: 'Joint workshop at "freiRAUM" in Arnsberg' },
  'urkundenuebergabe-arnsberg-alba-iulia': { en: 'Handover of the certificate continuing the town twinning' },
  'tandem-vor-ort-treffen-boleslawiec': { en: 'On-site meeting in Bolesławiec' },
  'tandem-vor-ort-treffen-vari-voula-vouliagmeni': { en: 'On-site meeting in Vari-Voula-Vouliagmeni' },
  'robotik-workshops-gymnasium-geestland': { en: 'Robotics workshops at a grammar school in Geestland' },
  'digitale-tage-hamm': { en: 'Digital Days (Hamm)' },
  'samen-meten-utrecht-2024': { en: 'Samen Meten Utrecht ("measuring together") – summer 2024 measuring campaign' },
}

/** Events without an exact date: what is known, as text. */
export const EVENT_DATE_NOTES: Record<string, Label> = {
  'oecd-roundtable-smart-cities-inclusive-growth-4': {
    de: 'September 2024, nach dem Projektabschlusstreffen am 16. September 2024',
    en: 'September 2024, after the project closing meeting on 16 September 2024',
  },
  'world-urban-forum-kairo': { de: 'November 2024', en: 'November 2024' },
  'smart-city-expo-world-congress-barcelona': { de: 'November 2024', en: 'November 2024' },
  'workshop-freiraum-arnsberg': {
    de: '2024, im Jahr des 50. Jubiläums der Städtepartnerschaft',
    en: '2024, the year of the town twinning’s 50th anniversary',
  },
  'urkundenuebergabe-arnsberg-alba-iulia': {
    de: '2024, zum 50. Jubiläum der Städtepartnerschaft von 1974',
    en: '2024, for the 50th anniversary of the 1974 town twinning',
  },
  'digitale-tage-hamm': { de: 'Wiederkehrendes Format', en: 'Recurring format' },
  'samen-meten-utrecht-2024': { de: 'Sommer 2024', en: 'Summer 2024' },
}

/** English names of places where English differs from German. */
export const CITY_NAMES_EN: Record<string, string> = { Kairo: 'Cairo' }

/** Why a tandem ended early or lost a partner, as the report tells it. */
export const TANDEM_STATUS_REASONS: Record<string, Label> = {
  'pirna-boleslawiec': {
    de: 'Weil beiden Verwaltungen zunehmend Personal fehlte, beendeten die Städte den Austausch einvernehmlich etwa zur Halbzeit des Projekts.',
    en: 'As both administrations ran increasingly short of staff, the two cities agreed to end the exchange around the middle of the project.',
  },
  'krefeld-sofia': {
    de: 'Nach Personalwechseln und mangels Ressourcen zog sich Sofia zur Halbzeit des Programms zurück; Krefeld setzte den Austausch mit anderen Projektstädten fort.',
    en: 'After staff changes and for lack of resources, Sofia pulled out halfway through the programme; Krefeld carried on exchanging with other project cities.',
  },
}

/**
 * Model projects whose lead or partners are municipalities of the register (by slug). Other
 * partners keep their names as text; the register is not extended by the projects.
 */
export const PROJECT_MUNICIPALITIES: Record<string, { lead: string; partners?: string[] }> = {
  berlin: { lead: 'berlin' },
  darmstadt: { lead: 'darmstadt' },
  freiburg: { lead: 'freiburg-im-breisgau' },
  gelsenkirchen: { lead: 'gelsenkirchen' },
  guetersloh: { lead: 'guetersloh' },
  jena: { lead: 'jena' },
  kassel: { lead: 'kassel' },
  koeln: { lead: 'koeln' },
  mannheim: { lead: 'mannheim' },
  moenchengladbach: { lead: 'moenchengladbach' },
  paderborn: { lead: 'paderborn' },
  eichenzell: { lead: 'eichenzell' },
  dortmund: { lead: 'dortmund' },
  'hamburg-leipzig-muenchen': { lead: 'hamburg', partners: ['leipzig', 'muenchen'] },
  kiel: { lead: 'kiel' },
  lemgo: { lead: 'lemgo' },
}

/** Partner names in model-projects.json that are register municipalities (see above). */
export const PROJECT_PARTNER_NAMES_IN_REGISTER = new Set(['Leipzig', 'München'])
