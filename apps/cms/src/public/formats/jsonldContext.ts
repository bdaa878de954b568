/** Where VIE serves the context its JSON-LD answers name, below the API's base URL. */
export const CONTEXT_PATH = '/context.jsonld'

const id = (term: string) => ({ '@id': `schema:${term}`, '@type': '@id' })

/**
 * The JSON-LD context of every VIE answer: schema.org terms, served by VIE itself so that a
 * processor resolves it without reaching schema.org. Properties whose values are links are
 * typed `@id`, so they expand to IRIs rather than strings.
 */
export const JSONLD_CONTEXT = {
  '@context': {
    '@version': 1.1,
    '@vocab': 'https://schema.org/',
    schema: 'https://schema.org/',
    url: id('url'),
    sameAs: id('sameAs'),
    eventAttendanceMode: id('eventAttendanceMode'),
    eventStatus: id('eventStatus'),
  },
} as const
