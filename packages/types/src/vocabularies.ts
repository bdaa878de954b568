/**
 * The fixed value lists of the register with their German and English labels. Values are stable
 * English slugs (the keys the data files, the public API and the widgets use); labels may change.
 * Lists from the studies follow ../shared/data/vocabularies.json; the others are the project's own.
 */

export type Label = { readonly de: string; readonly en: string }

export type VocabularyEntry<V extends string = string> = { readonly value: V; readonly label: Label }

export type ValueOf<L extends readonly VocabularyEntry[]> = L[number]['value']

export const networkCategories = [
  { value: 'national-smart-city', label: { de: 'Nationale Smart-City-Netzwerke', en: 'National smart city networks' } },
  {
    value: 'international-smart-city',
    label: { de: 'Internationale und europäische Smart-City-Netzwerke', en: 'International and European smart city networks' },
  },
  { value: 'eu-thematic', label: { de: 'Europäische thematische Städtenetzwerke', en: 'European thematic city networks' } },
  {
    value: 'city-region-network',
    label: {
      de: 'Europäische und internationale Netzwerke von Städten und Regionen',
      en: 'European and international networks of cities and regions',
    },
  },
] as const satisfies readonly VocabularyEntry[]
export type NetworkCategory = ValueOf<typeof networkCategories>

export const foundingInitiatives = [
  { value: 'top-down', label: { de: 'Top-down-Initiative', en: 'Top-down initiative' } },
  { value: 'bottom-up', label: { de: 'Bottom-up-Initiative', en: 'Bottom-up initiative' } },
] as const satisfies readonly VocabularyEntry[]
export type FoundingInitiative = ValueOf<typeof foundingInitiatives>

/** The study's sub-types (Table 2); each belongs to one founding initiative. */
export const foundingSubtypes = [
  {
    value: 'initiative-or-policy-programme',
    initiative: 'top-down',
    label: {
      de: 'Repräsentation einer Initiative oder politischen Programmatik',
      en: 'Representing an initiative or political programme',
    },
  },
  {
    value: 'funding-programme',
    initiative: 'top-down',
    label: { de: 'Verbindung mit spezifischem Förderprogramm', en: 'Linked to a specific funding programme' },
  },
  {
    value: 'mysmartlife-matchup-city-networks',
    initiative: 'top-down',
    label: { de: 'Städtenetzwerke mySMARTLife und MAtchUP', en: 'mySMARTLife and MAtchUP city networks' },
  },
  {
    value: 'other',
    initiative: 'top-down',
    label: { de: 'Sonstige, ohne eindeutige Zuordnung', en: 'Other, not clearly assignable' },
  },
  {
    value: 'thematic-umbrella',
    initiative: 'bottom-up',
    label: { de: 'Netzwerk als Dach eines Themenfelds', en: 'Umbrella network for a thematic field' },
  },
  {
    value: 'associations-and-research',
    initiative: 'bottom-up',
    label: {
      de: 'Netzwerke von Verbänden und Forschungseinrichtungen',
      en: 'Networks of associations and research institutions',
    },
  },
  {
    value: 'german-lighthouse-exchange',
    initiative: 'bottom-up',
    label: { de: 'Austausch zwischen deutschen Lighthouse-Projekten', en: 'Exchange between German lighthouse projects' },
  },
] as const satisfies readonly (VocabularyEntry & { readonly initiative: FoundingInitiative })[]
export type FoundingSubtype = ValueOf<typeof foundingSubtypes>

export const runtimeKinds = [
  { value: 'permanent', label: { de: 'Unbefristet', en: 'Permanent' } },
  { value: 'limited', label: { de: 'Befristet', en: 'Limited' } },
  { value: 'unknown', label: { de: 'Keine Angabe', en: 'Not stated' } },
] as const satisfies readonly VocabularyEntry[]
export type RuntimeKind = ValueOf<typeof runtimeKinds>

export const geographicScopes = [
  { value: 'national', label: { de: 'National', en: 'National' } },
  { value: 'european', label: { de: 'Europäisch', en: 'European' } },
  { value: 'global', label: { de: 'Global', en: 'Global' } },
] as const satisfies readonly VocabularyEntry[]
export type GeographicScope = ValueOf<typeof geographicScopes>

export const networkFormats = [
  { value: 'network-meeting', label: { de: 'Netzwerktreffen', en: 'Network meeting' } },
  { value: 'conference', label: { de: 'Konferenz', en: 'Conference' } },
  { value: 'workshop', label: { de: 'Workshop', en: 'Workshop' } },
  { value: 'webinar', label: { de: 'Webinar', en: 'Webinar' } },
  { value: 'working-group', label: { de: 'Arbeitsgruppe', en: 'Working group' } },
  { value: 'peer-learning', label: { de: 'Peer-Learning', en: 'Peer learning' } },
  { value: 'study-visits', label: { de: 'Studienreisen', en: 'Study visits' } },
  { value: 'training', label: { de: 'Schulung und Weiterbildung', en: 'Training' } },
  { value: 'consulting', label: { de: 'Beratung', en: 'Consulting' } },
  { value: 'platform', label: { de: 'Plattform', en: 'Platform' } },
  { value: 'marketplace', label: { de: 'Marktplatz', en: 'Marketplace' } },
  { value: 'matchmaking', label: { de: 'Matchmaking', en: 'Matchmaking' } },
  { value: 'pilot-projects', label: { de: 'Pilotprojekte', en: 'Pilot projects' } },
  { value: 'publications', label: { de: 'Publikationen', en: 'Publications' } },
  { value: 'awards', label: { de: 'Auszeichnungen', en: 'Awards' } },
] as const satisfies readonly VocabularyEntry[]
export type NetworkFormat = ValueOf<typeof networkFormats>

export const memberTypes = [
  { value: 'municipalities', label: { de: 'Kommunen', en: 'Municipalities' } },
  { value: 'regions', label: { de: 'Regionen', en: 'Regions' } },
  { value: 'national-governments', label: { de: 'Nationale Regierungen', en: 'National governments' } },
  { value: 'eu-institutions', label: { de: 'EU-Institutionen', en: 'EU institutions' } },
  { value: 'associations', label: { de: 'Verbände', en: 'Associations' } },
  { value: 'research', label: { de: 'Forschungseinrichtungen', en: 'Research institutions' } },
  { value: 'companies', label: { de: 'Unternehmen', en: 'Companies' } },
  { value: 'civil-society', label: { de: 'Zivilgesellschaft', en: 'Civil society' } },
] as const satisfies readonly VocabularyEntry[]
export type MemberType = ValueOf<typeof memberTypes>

export const tandemKinds = [
  { value: 'tandem', label: { de: 'Tandem (zwei Kommunen)', en: 'Tandem (two municipalities)' } },
  { value: 'tridem', label: { de: 'Tridem (drei Kommunen)', en: 'Tridem (three municipalities)' } },
] as const satisfies readonly VocabularyEntry[]
export type TandemKind = ValueOf<typeof tandemKinds>

export const tandemStatuses = [
  { value: 'continuing', label: { de: 'Wird fortgesetzt', en: 'Continuing' } },
  { value: 'completed', label: { de: 'Abgeschlossen', en: 'Completed' } },
  { value: 'ended-early', label: { de: 'Vorzeitig beendet', en: 'Ended early' } },
  { value: 'partner-withdrew', label: { de: 'Partner ausgestiegen', en: 'Partner withdrew' } },
] as const satisfies readonly VocabularyEntry[]
export type TandemStatus = ValueOf<typeof tandemStatuses>

export const tandemFormats = [
  { value: 'on-site-visit', label: { de: 'Besuch vor Ort', en: 'On-site visit' } },
  { value: 'virtual-meeting', label: { de: 'Virtuelles Treffen', en: 'Virtual meeting' } },
  { value: 'joint-workshop', label: { de: 'Gemeinsamer Workshop', en: 'Joint workshop' } },
  { value: 'excursion', label: { de: 'Exkursion', en: 'Excursion' } },
  { value: 'expert-input', label: { de: 'Fachlicher Input', en: 'Expert input' } },
  { value: 'informal-exchange', label: { de: 'Informeller Austausch', en: 'Informal exchange' } },
  { value: 'external-moderation', label: { de: 'Externe Moderation', en: 'External facilitation' } },
  { value: 'interpreting', label: { de: 'Dolmetschen', en: 'Interpreting' } },
  { value: 'third-party-preparation', label: { de: 'Vorbereitung durch Dritte', en: 'Preparation by a third party' } },
  {
    value: 'partner-event-invitation',
    label: { de: 'Einladung zu Veranstaltungen der Partnerstadt', en: 'Invitation to partner-city events' },
  },
  { value: 'third-city-participation', label: { de: 'Teilnahme weiterer Städte', en: 'Participation of further cities' } },
  { value: 'school-exchange', label: { de: 'Schulaustausch', en: 'School exchange' } },
  { value: 'technical-pilot', label: { de: 'Technischer Pilottest', en: 'Technical pilot' } },
  { value: 'roadmap', label: { de: 'Gemeinsame Roadmap', en: 'Joint roadmap' } },
  { value: 'proposal-writing', label: { de: 'Gemeinsame Antragstellung', en: 'Joint proposal writing' } },
  { value: 'formal-agreement', label: { de: 'Formelle Vereinbarung', en: 'Formal agreement' } },
] as const satisfies readonly VocabularyEntry[]
export type TandemFormat = ValueOf<typeof tandemFormats>

export const eventKinds = [
  { value: 'conference', label: { de: 'Konferenz', en: 'Conference' } },
  { value: 'workshop', label: { de: 'Workshop', en: 'Workshop' } },
  { value: 'webinar', label: { de: 'Webseminar', en: 'Webinar' } },
  { value: 'network-meeting', label: { de: 'Netzwerktreffen', en: 'Network meeting' } },
  { value: 'project-meeting', label: { de: 'Projekttreffen', en: 'Project meeting' } },
  { value: 'external', label: { de: 'Externe Veranstaltung', en: 'External event' } },
] as const satisfies readonly VocabularyEntry[]
export type EventKind = ValueOf<typeof eventKinds>

export const eventModes = [
  { value: 'online', label: { de: 'Online', en: 'Online' } },
  { value: 'hybrid', label: { de: 'Hybrid', en: 'Hybrid' } },
  { value: 'on-site', label: { de: 'Vor Ort', en: 'In person' } },
] as const satisfies readonly VocabularyEntry[]
export type EventMode = ValueOf<typeof eventModes>

export const eventAudiences = [
  { value: 'all-municipalities', label: { de: 'Alle interessierten Kommunen', en: 'All interested municipalities' } },
  { value: 'tandem-municipalities', label: { de: 'Projektkommunen der Tandems', en: 'Tandem project municipalities' } },
  { value: 'public', label: { de: 'Öffentlich', en: 'Public' } },
] as const satisfies readonly VocabularyEntry[]
export type EventAudience = ValueOf<typeof eventAudiences>

export const eventStatuses = [
  { value: 'scheduled', label: { de: 'Geplant', en: 'Scheduled' } },
  { value: 'cancelled', label: { de: 'Abgesagt', en: 'Cancelled' } },
  { value: 'postponed', label: { de: 'Verschoben', en: 'Postponed' } },
] as const satisfies readonly VocabularyEntry[]
export type EventStatus = ValueOf<typeof eventStatuses>

/** The size groups of the 2020 round of "Modellprojekte Smart Cities". */
export const projectSizeClasses = [
  { value: 'grossstadt', label: { de: 'Großstädte', en: 'Large cities' } },
  { value: 'mittelstadt', label: { de: 'Mittelstädte', en: 'Medium-sized towns' } },
  { value: 'kleinstadt-landgemeinde', label: { de: 'Kleinstädte und Landgemeinden', en: 'Small towns and rural municipalities' } },
  {
    value: 'interkommunal-landkreis',
    label: { de: 'Interkommunale Kooperationen und Landkreise', en: 'Inter-municipal partnerships and districts' },
  },
] as const satisfies readonly VocabularyEntry[]
export type ProjectSizeClass = ValueOf<typeof projectSizeClasses>

/**
 * BBSR's size classes of municipalities, by population. `minPopulation` is inclusive; the list is
 * ordered from the largest class down so the first match wins.
 */
export const municipalitySizeClasses = [
  { value: 'grossstadt', minPopulation: 100_000, label: { de: 'Großstadt', en: 'Large city' } },
  { value: 'mittelstadt', minPopulation: 20_000, label: { de: 'Mittelstadt', en: 'Medium-sized town' } },
  { value: 'kleinstadt', minPopulation: 5_000, label: { de: 'Kleinstadt', en: 'Small town' } },
  { value: 'landgemeinde', minPopulation: 1, label: { de: 'Landgemeinde', en: 'Rural municipality' } },
] as const satisfies readonly (VocabularyEntry & { readonly minPopulation: number })[]
export type MunicipalitySizeClass = ValueOf<typeof municipalitySizeClasses>

export const municipalityKinds = [
  { value: 'municipality', label: { de: 'Kommune', en: 'Municipality' } },
  { value: 'district', label: { de: 'Landkreis', en: 'District' } },
  { value: 'region', label: { de: 'Region oder Stadtstaat', en: 'Region or city state' } },
] as const satisfies readonly VocabularyEntry[]
export type MunicipalityKind = ValueOf<typeof municipalityKinds>

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. Names come from `Intl.DisplayNames`. */
export const countryCodes = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const
export type CountryCode = (typeof countryCodes)[number]

export const isCountryCode = (value: string): value is CountryCode => (countryCodes as readonly string[]).includes(value)

/** Every list above by name, for consumers that render any of them generically. */
export const vocabularies = {
  networkCategories,
  foundingInitiatives,
  foundingSubtypes,
  runtimeKinds,
  geographicScopes,
  networkFormats,
  memberTypes,
  tandemKinds,
  tandemStatuses,
  tandemFormats,
  eventKinds,
  eventModes,
  eventAudiences,
  eventStatuses,
  projectSizeClasses,
  municipalitySizeClasses,
  municipalityKinds,
} as const
export type VocabularyName = keyof typeof vocabularies
