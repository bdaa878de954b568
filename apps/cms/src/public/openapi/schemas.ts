import type { Snapshot } from '../readModel/snapshot'
import { type VocabularyName, vocabularyValues } from '../readModel/vocabulary'

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export type Schema = Record<string, unknown>

const string = (extra: Schema = {}): Schema => ({ type: 'string', ...extra })
const integer = (extra: Schema = {}): Schema => ({ type: 'integer', ...extra })
const boolean: Schema = { type: 'boolean' }
const number: Schema = { type: 'number', minimum: 0, maximum: 1 }
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] })
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const array = (items: Schema): Schema => ({ type: 'array', items })
const dateTime = string({ format: 'date-time' })

/** Closed objects: a field the DTO gains without the schema makes the contract tests fail. */
const object = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  additionalProperties: false,
})

const textList = array(string())
const fallback = { fallback: { ...textList, description: 'Fields shown in the other language because the requested one has no text: German in an English answer, English in a German answer (a record proposed in English whose German is not written yet).' } }

/** The DTO schemas of `@vie/types`, vocabulary values enumerated from the current configuration. */
export function componentSchemas(snapshot: Snapshot): Record<string, Schema> {
  const labelled = (name: VocabularyName): Schema => {
    const values = vocabularyValues(snapshot.vocab, name)
    return object({ value: string(values.length ? { enum: values } : {}), label: string() })
  }
  const lang = string({ enum: ['de', 'en'] })

  const networkCard = {
    slug: string(),
    name: string(),
    acronym: nullable(string()),
    category: labelled('category'),
    foundingInitiative: labelled('foundingInitiative'),
    geographicScope: nullable(labelled('geographicScope')),
    themes: array(ref('TopicRef')),
    foundedYear: nullable(integer()),
    memberCount: nullable(integer()),
    website: nullable(string()),
    summary: string(),
    infoAsOf: nullable(string({ pattern: '^\\d{4}-\\d{2}$' })),
    updatedAt: dateTime,
    ...fallback,
  }
  const tandemCard = {
    slug: string(),
    title: string(),
    kind: labelled('tandemKind'),
    status: labelled('tandemStatus'),
    municipalities: array(ref('TandemMunicipality')),
    topics: array(ref('TopicRef')),
    period: object({ start: nullable(integer()), end: nullable(integer()), approximate: boolean }),
    summary: string(),
    updatedAt: dateTime,
    ...fallback,
  }
  const eventItem = {
    slug: string(),
    title: string(),
    kind: labelled('eventKind'),
    mode: nullable(labelled('eventMode')),
    status: labelled('eventStatus'),
    start: nullable(string({ description: 'ISO 8601 date-time with offset, or a date for all-day events.' })),
    end: nullable(string()),
    dateText: nullable(string()),
    allDay: boolean,
    timeZone: string({ description: 'IANA time zone, e.g. Europe/Berlin.' }),
    place: nullable(object({ name: nullable(string()), city: nullable(string()), country: nullable(string()) })),
    registrationUrl: nullable(string()),
    onlineUrl: nullable(string()),
    summary: nullable(string()),
    topics: array(ref('TopicRef')),
    networks: array(ref('NetworkRef')),
    tandems: array(ref('TandemRef')),
    updatedAt: dateTime,
    ...fallback,
  }
  const page = (item: string): Schema =>
    object({
      items: array(ref(item)),
      total: integer({ minimum: 0 }),
      page: integer({ minimum: 1 }),
      pages: integer({ minimum: 0 }),
      limit: integer({ minimum: 1, maximum: 100 }),
      lang,
    })
  const dump = (item: string): Schema =>
    object({ licence: ref('Licence'), lang, modified: dateTime, count: integer({ minimum: 0 }), items: array(ref(item)) })
  const bucket = array(ref('CountBucket'))

  return {
    TopicRef: object({ slug: string(), label: string() }),
    GeoPoint: object({ lat: { type: 'number' }, lng: { type: 'number' } }),
    MunicipalityRef: object({
      slug: string(),
      name: string(),
      country: string(),
      population: nullable(integer()),
      location: nullable(ref('GeoPoint')),
    }),
    StrategyDocument: object({ title: nullable(string()), url: nullable(string()) }),
    TandemMunicipality: object({
      slug: string(),
      name: string(),
      country: string(),
      population: nullable(integer()),
      location: nullable(ref('GeoPoint')),
      strategyDocument: nullable(ref('StrategyDocument')),
    }),
    NetworkRef: object({ slug: string(), name: string(), acronym: nullable(string()) }),
    TandemRef: object({ slug: string(), title: string() }),
    Licence: object({ id: string(), name: string(), url: string(), attribution: string() }),
    NetworkCard: object(networkCard),
    NetworkDetail: object({
      ...networkCard,
      foundingSubtype: nullable(labelled('foundingSubtype')),
      typologyNote: nullable(string()),
      foundedNote: nullable(string()),
      initiators: nullable(string()),
      carriers: nullable(string()),
      funding: nullable(string()),
      runtime: object({ kind: labelled('runtimeKind'), endYear: nullable(integer()) }),
      goals: nullable(string()),
      results: nullable(string()),
      focus: nullable(string()),
      members: object({
        summary: nullable(string()),
        count: nullable(integer()),
        countryCount: nullable(integer()),
        types: array(labelled('memberType')),
      }),
      formats: array(labelled('networkFormat')),
      websites: textList,
      contactEmail: nullable(string()),
      source: nullable(string()),
      municipalities: array(ref('MunicipalityRef')),
      otherParticipants: textList,
      relatedNetworks: array(ref('NetworkRef')),
      lang,
    }),
    TandemCard: object(tandemCard),
    TandemDetail: object({
      ...tandemCard,
      statusReason: nullable(string()),
      matchingReason: nullable(string()),
      challenges: nullable(string()),
      projects: nullable(string()),
      results: textList,
      lessons: textList,
      formats: array(labelled('tandemFormat')),
      sharedNetworks: array(ref('NetworkRef')),
      events: array(ref('EventItem')),
      lang,
    }),
    EventItem: object(eventItem),
    EventDetail: object({
      ...eventItem,
      audience: nullable(labelled('eventAudience')),
      organizer: nullable(string()),
      participantsCount: nullable(integer()),
      municipalities: array(ref('MunicipalityRef')),
      lang,
    }),
    MunicipalityDetail: object({
      slug: string(),
      name: string(),
      country: string(),
      kind: labelled('municipalityKind'),
      region: nullable(string()),
      population: nullable(integer()),
      populationYear: nullable(integer()),
      populationSource: nullable(string()),
      sizeClass: nullable(labelled('sizeClass')),
      location: nullable(ref('GeoPoint')),
      website: nullable(string()),
      strategyDocument: nullable(ref('StrategyDocument')),
      networks: array(ref('NetworkRef')),
      tandems: array(ref('TandemRef')),
      upcomingEvents: array(ref('EventItem')),
      updatedAt: dateTime,
      lang,
      ...fallback,
    }),
    MunicipalityFeature: object({
      type: string({ const: 'Feature' }),
      id: string(),
      geometry: nullable(
        object({
          type: string({ const: 'Point' }),
          coordinates: { type: 'array', prefixItems: [{ type: 'number', minimum: -180, maximum: 180 }, { type: 'number', minimum: -90, maximum: 90 }], minItems: 2, maxItems: 2 },
        }),
      ),
      properties: object({
        slug: string(),
        name: string(),
        country: string(),
        population: nullable(integer()),
        sizeClass: nullable(labelled('sizeClass')),
        networkCount: integer({ minimum: 0 }),
        tandemCount: integer({ minimum: 0 }),
        eventCount: integer({ minimum: 0 }),
        networks: textList,
        tandems: textList,
        topics: textList,
        roles: array(string({ enum: ['member', 'tandem-partner', 'event-place'] })),
      }),
    }),
    MunicipalityFeatureCollection: object({
      type: string({ const: 'FeatureCollection' }),
      features: array(ref('MunicipalityFeature')),
      lang,
      modified: dateTime,
    }),
    PartnerReason: object({ code: string(), text: string(), weight: number }),
    PartnerMunicipalitySuggestion: object({
      slug: string(),
      name: string(),
      country: string(),
      population: nullable(integer()),
      sizeClass: nullable(labelled('sizeClass')),
      location: nullable(ref('GeoPoint')),
      distanceKm: nullable(integer()),
      score: number,
      reasons: array(ref('PartnerReason')),
      offers: array(ref('TopicRef')),
      seeks: array(ref('TopicRef')),
      workingLanguages: textList,
      contact: nullable(object({ function: nullable(string()), department: nullable(string()), email: nullable(string()) })),
    }),
    PartnerNetworkSuggestion: object({
      slug: string(),
      name: string(),
      acronym: nullable(string()),
      themes: array(ref('TopicRef')),
      memberTypes: array(labelled('memberType')),
      memberCount: nullable(integer()),
      score: number,
      reasons: array(ref('PartnerReason')),
    }),
    PartnerTandemSuggestion: object({
      slug: string(),
      name: string(),
      topics: array(ref('TopicRef')),
      municipalities: array(object({ slug: string(), name: string(), country: string() })),
      score: number,
      reasons: array(ref('PartnerReason')),
    }),
    PartnerSuggestions: object({
      for: object({
        slug: nullable(string()),
        name: nullable(string()),
        country: nullable(string()),
        population: nullable(integer()),
        offers: array(ref('TopicRef')),
        seeks: array(ref('TopicRef')),
      }),
      municipalities: array(ref('PartnerMunicipalitySuggestion')),
      networks: array(ref('PartnerNetworkSuggestion')),
      tandems: array(ref('PartnerTandemSuggestion')),
      lang,
    }),
    GazetteerPlace: object({
      id: integer(),
      name: string(),
      country: string(),
      population: integer({ minimum: 0 }),
      lat: { type: 'number' },
      lng: { type: 'number' },
      sizeClass: nullable(labelled('sizeClass')),
      municipality: nullable(string()),
    }),
    GazetteerResult: object({ places: array(ref('GazetteerPlace')), attribution: string() }),
    TopicList: object({ items: array(ref('TopicRef')), lang }),
    PartnerProfileRef: object({
      slug: string(),
      name: string(),
      country: string(),
      population: nullable(integer()),
      location: nullable(ref('GeoPoint')),
      offers: array(ref('TopicRef')),
      seeks: array(ref('TopicRef')),
      workingLanguages: textList,
    }),
    PartnerProfileList: object({ items: array(ref('PartnerProfileRef')), lang }),
    CountBucket: object({ value: string(), label: string(), count: integer({ minimum: 0 }) }),
    Stats: object({
      networks: object({
        total: integer(),
        byCategory: bucket,
        byFoundingInitiative: bucket,
        byFoundingSubtype: bucket,
        byScope: bucket,
        byTheme: bucket,
        byFoundedYear: bucket,
        byMemberCount: bucket,
      }),
      tandems: object({ total: integer(), byStatus: bucket, byCountry: bucket }),
      events: object({ total: integer(), byYear: bucket, byMode: bucket }),
      lang,
    }),
    NetworkPage: page('NetworkCard'),
    TandemPage: page('TandemCard'),
    EventPage: page('EventItem'),
    NetworkDump: dump('NetworkDetail'),
    TandemDump: dump('TandemDetail'),
    EventDump: dump('EventItem'),
    InvalidParam: object(
      { name: string(), reason: string(), value: string(), allowed: textList },
      ['value', 'allowed'],
    ),
    // JSON-LD is open by nature: its terms are checked against the context, not listed here.
    JsonLd: {
      type: 'object',
      description: 'schema.org JSON-LD; `@context` names the context VIE serves at /context.jsonld.',
      required: ['@context'],
      properties: {
        '@context': { oneOf: [{ type: 'string' }, { type: 'object' }, { type: 'array' }] },
        '@type': { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        '@id': { type: 'string' },
      },
    },
    JsonLdContext: {
      type: 'object',
      required: ['@context'],
      properties: { '@context': { type: 'object', additionalProperties: true } },
      additionalProperties: false,
    },
    Problem: object(
      {
        type: string(),
        title: string(),
        status: integer(),
        detail: string(),
        instance: string(),
        invalidParams: array(ref('InvalidParam')),
      },
      ['instance', 'invalidParams'],
    ),
  }
}
