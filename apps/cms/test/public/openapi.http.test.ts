import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type PublicApi, usePublicStack } from './helpers/publicStack'

type Operation = {
  tags?: string[]
  parameters: { name: string; in: string; schema: { enum?: string[]; type?: string } }[]
  responses: Record<string, { content?: Record<string, { schema?: { $ref: string } }>; headers?: Record<string, unknown> }>
}
type Document = {
  openapi: string
  servers: { url: string }[]
  paths: Record<string, { get: Operation }>
  components: { schemas: Record<string, object> }
}

/** The read API's operations: every path with a GET that is not a proposal endpoint. */
const readOperations = (doc: Document): [string, { get: Operation }][] =>
  Object.entries(doc.paths).filter(([, { get }]) => get !== undefined && !get.tags?.includes('proposals'))

/** A real slug for each kind of path parameter, taken from the published data. */
const EXAMPLE_SLUGS: Record<string, string> = {
  '/networks/{slug}': 'eurocities',
  '/tandems/{slug}': 'hamm-arezzo',
  '/municipalities/{slug}': 'hamm',
  '/events/{slug}': 'vernetzungsworkshop-leipzig',
  '/events/{slug}.ics': 'vernetzungsworkshop-leipzig',
}

/** Routes that answer only with a query: the example query they are tried with. */
const EXAMPLE_QUERIES: Record<string, string> = { '/partners': '?municipality=arezzo', '/partners/municipalities': '?q=Arezzo', '/gazetteer': '?q=Koeln' }

/** Headers sent only while the database does not answer (see databaseOutage.test.ts). */
const STALE_ONLY = new Set(['Warning', 'X-VIE-Stale'])

const stack = usePublicStack()

describe('GET /public/v1/openapi.json', () => {
  let f: PublicApi
  let doc: Document
  beforeAll(async () => {
    f = await stack.serve()
    doc = (await (await fetch(`${f.api}/openapi.json`)).json()) as Document
  })
  afterAll(async () => {
    await f?.close()
  })

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(doc) as unknown as Record<string, unknown>)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
    expect(doc.servers[0]?.url).toBe(f.api)
  })

  it('documents every route of the issue', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/networks',
        '/networks/{slug}',
        '/networks.csv',
        '/networks.json',
        '/tandems',
        '/tandems/{slug}',
        '/tandems.csv',
        '/tandems.json',
        '/municipalities.geojson',
        '/municipalities/{slug}',
        '/partners',
        '/partners/municipalities',
        '/topics',
        '/gazetteer',
        '/events',
        '/events.ics',
        '/events.csv',
        '/events.json',
        '/events/{slug}.ics',
        '/events/{slug}',
        '/stats',
        '/openapi.json',
        '/docs',
        '/catalog.jsonld',
        '/context.jsonld',
        '/proposals',
        '/proposals/challenge',
        '/proposals/form/{collection}/{slug}',
        '/proposals/confirm',
      ].sort(),
    )
    const category = doc.paths['/networks']?.get.parameters.find((p) => p.name === 'category')
    expect(category?.schema.enum).toEqual(['national-smart-city', 'international-smart-city', 'eu-thematic', 'city-region-network'])
  })

  it('answers every documented route as documented: status, media type, headers and body schema', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addSchema({ $id: 'vie', components: doc.components } as object)
    // The proposal endpoints take input and live outside the read API's stack: test/contribute checks them against this document.
    for (const [path, { get }] of readOperations(doc)) {
      const url = `${f.api}${path.replace('{slug}', EXAMPLE_SLUGS[path] ?? '')}${EXAMPLE_QUERIES[path] ?? ''}`
      const res = await fetch(url)
      expect(res.status, url).toBe(200)
      const ok = get.responses['200']
      const type = (res.headers.get('content-type') ?? '').split(';')[0] ?? ''
      expect(Object.keys(ok?.content ?? {}), url).toContain(type)
      for (const header of Object.keys(ok?.headers ?? {}).filter((h) => !STALE_ONLY.has(h))) expect(res.headers.get(header), `${url} ${header}`).not.toBeNull()
      const ref = ok?.content?.[type]?.schema?.$ref
      if (ref) {
        const validate = ajv.getSchema(`vie${ref}`)
        const body: unknown = await res.json()
        const valid = validate?.(body)
        expect(validate?.errors ?? [], url).toEqual([])
        expect(valid, url).toBe(true)
      }
      // Every documented error response is reachable: a bad parameter gives the documented problem.
      const bad = await fetch(`${url}${url.includes('?') ? '&' : '?'}no-such-parameter=1`)
      expect(bad.status, url).toBe(400)
      const problem = ajv.getSchema('vie#/components/schemas/Problem')
      expect(problem?.(await bad.json()), url).toBe(true)
      if (get.responses['404']) {
        const missing = await fetch(`${f.api}${path.replace('{slug}', 'no-such-record')}`)
        expect(missing.status, path).toBe(404)
      }
    }
  })

  it('also validates list items, JSON-LD switches and English answers against the same schemas', async () => {
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    ajv.addSchema({ $id: 'vie', components: doc.components } as object)
    const check = async (path: string, schema: string) => {
      const body: unknown = await (await fetch(`${f.api}${path}`)).json()
      const validate = ajv.getSchema(`vie#/components/schemas/${schema}`)
      expect(validate?.(body), `${path}: ${JSON.stringify(validate?.errors)}`).toBe(true)
    }
    await check('/networks?lang=en&limit=100', 'NetworkPage')
    await check('/events?when=all&lang=en&limit=100', 'EventPage')
    await check('/tandems/basel-freiburg-mulhouse?lang=en', 'TandemDetail')
    await check('/municipalities/arezzo?lang=en', 'MunicipalityDetail')
    await check('/stats?lang=en', 'Stats')
    await check('/municipalities.geojson?lang=en', 'MunicipalityFeatureCollection')
    await check('/events.json?lang=en', 'EventDump')
  })
})

describe('GET /public/v1/docs', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('is an HTML reference in German or English that loads nothing from other hosts', async () => {
    const de = await fetch(`${f.api}/docs`)
    expect(de.status).toBe(200)
    expect(de.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await de.text()
    expect(html).toMatch(/<html lang="de">/)
    expect(html).toContain('/public/v1/networks/{slug}')
    expect(html).toContain('id="problem-invalid-parameter"')
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i)
    expect(html).not.toMatch(/\ssrc=/i)
    const en = await (await fetch(`${f.api}/docs`, { headers: { 'accept-language': 'en' } })).text()
    expect(en).toMatch(/<html lang="en">/)
    expect(en).toContain('Endpoints')
  })
})
