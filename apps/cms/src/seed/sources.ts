/**
 * Typed views of the data files in ./data (copies of ../shared/data, see data/README.md). Only
 * the properties the seed reads are declared.
 */
import eventsJson from './data/events.json'
import projectsJson from './data/model-projects.json'
import municipalitiesJson from './data/municipalities.json'
import networksJson from './data/networks.json'
import partnershipProfilesJson from './data/partnership-profiles.json'
import tandemsJson from './data/tandems.json'
import topicsJson from './data/topics.json'

export type Text = { de: string; en?: string | null }

export type TopicSource = { slug: string; label: Text; description: Text }

export type MunicipalitySource = {
  slug: string
  name: string
  country: string
  kind: 'municipality' | 'district' | 'region'
  state: string | null
  population: number | null
  populationSource: string | null
  location: { lat: number; lng: number } | null
}

export type NetworkSource = {
  slug: string
  key: string
  name: string
  acronym: string | null
  category: 'national-smart-city' | 'international-smart-city' | 'eu-thematic' | 'city-region-network'
  foundingInitiative: 'top-down' | 'bottom-up'
  /** The study's German sub-type name, mapped to a slug via vocabularies.json. */
  subtype: string | null
  typologyNote?: Text | null
  foundedYear: number | null
  foundedNote: Text | null
  initiators: Text | null
  carriers: Text | null
  funding: Text | null
  runtime: { kind: 'permanent' | 'limited' | 'unknown'; endYear: number | null }
  goals: Text | null
  focus?: Text | null
  members: {
    summary: Text | null
    memberCount: number | null
    countryCount: number | null
    memberTypes: string[]
  }
  municipalitySlugs: string[]
  germanOtherParticipants?: string[]
  geographicScope: 'national' | 'european' | 'global'
  themes: string[]
  formats: string[]
  results: Text | null
  websites: string[]
  contactEmail: string | null
  sourceNote: string | null
  infoAsOf: string | null
  /** Other networks by `key`. */
  relatedNetworks: string[]
}

export type TandemSource = {
  slug: string
  kind: 'tandem' | 'tridem'
  title: string
  cities: { name: string; strategyDocument: string | null }[]
  municipalitySlugs: string[]
  matchingReason: Text
  challenges: Text
  projects: Text
  results: Text[]
  lessons: Text[]
  topics: string[]
  formats: string[]
  period: { start: number; end: number; approximate: boolean }
  status: 'continuing' | 'completed' | 'ended-early' | 'partner-withdrew'
}

export type EventSource = {
  slug: string
  title: string
  kind: string
  startDate: string | null
  endDate: string | null
  mode: string | null
  city: string | null
  country: string | null
  participantsCount: number | null
  audience: string | null
  summary: Text
  topics: string[]
  organizer: string | null
  relatedTandems: string[]
}

export type ProjectSource = {
  slug: string
  name: string
  projectTitle: string | null
  motto: string | null
  sizeClass: string
  state: string
  partners: string[]
  staffel: number
  year: number
  themes: string[]
  summary: Text
}

// The JSON modules' inferred types are wider (nulls where the data has them); the declarations
// above are what the data files promise in their README.
/** What a tandem municipality brought in and wanted (report 001); `sourceLines` point into it. */
export type PartnershipProfileSource = {
  slug: string
  offers: string[]
  seeks: string[]
  languages: string[]
  offersText: Text
  seeksText: Text
  sourceLines: number[]
}

export const topicSources = topicsJson as TopicSource[]
export const municipalitySources = municipalitiesJson as MunicipalitySource[]
export const networkSources = networksJson as NetworkSource[]
export const tandemSources = tandemsJson as TandemSource[]
export const eventSources = eventsJson as EventSource[]
export const projectSources = projectsJson as ProjectSource[]
export const partnershipProfileSources = partnershipProfilesJson as PartnershipProfileSource[]
