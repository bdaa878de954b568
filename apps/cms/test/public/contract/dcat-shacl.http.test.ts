import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type PublicApi, usePublicStack } from '../helpers/publicStack'
import { dcatApDeValidator, describeResults, parseRdf, type ShaclResult } from './shacl'

type Node = Record<string, unknown>
type Validate = Awaited<ReturnType<typeof dcatApDeValidator>>

const stack = usePublicStack()
const JSONLD = 'application/ld+json'
const DCT = 'http://purl.org/dc/terms/'

const ofSeverity = (results: ShaclResult[], severity: ShaclResult['severity']) => results.filter((r) => r.severity === severity)

describe('the DCAT-AP.de catalogue, as the official DCAT-AP.de 3.0 SHACL shapes read it', () => {
  let f: PublicApi
  let validate: Validate
  let served: { text: string; url: string }
  beforeAll(async () => {
    ;[f, validate] = await Promise.all([stack.serve(), dcatApDeValidator()])
    const url = `${f.api}/catalog.jsonld`
    const res = await fetch(url)
    expect(res.status).toBe(200)
    // The catalogue is served as JSON-LD only; the media type is what picks the parser.
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    served = { text: await res.text(), url }
  })
  afterAll(async () => {
    await f?.close()
  })

  const validateJson = async (catalog: Node) => validate(await parseRdf(JSON.stringify(catalog), JSONLD, served.url))

  it('conforms: no violations, and no warnings or infos either', async () => {
    const data = await parseRdf(served.text, JSONLD, served.url)
    // A catalogue that parsed to (almost) nothing would conform trivially.
    expect(data.size).toBeGreaterThan(100)
    const results = await validate(data)
    expect(ofSeverity(results, 'Violation'), describeResults(results)).toEqual([])
    // Warnings are the profile's "SOLL" rules (recommended vocabularies, deprecated terms); the
    // catalogue meets them all today, so a new one is a regression to look at, not noise.
    expect(results, describeResults(results)).toEqual([])
  })

  it('fails a copy of the catalogue whose first dataset has lost its dct:title', async () => {
    const catalog = JSON.parse(served.text) as Node
    const [dataset] = catalog['dcat:dataset'] as Node[]
    if (!dataset) throw new Error('the catalogue has no dataset')
    delete dataset['dct:title']
    const violations = ofSeverity(await validateJson(catalog), 'Violation')
    expect(violations, describeResults(violations)).toContainEqual(expect.objectContaining({ focusNode: dataset['@id'], path: `${DCT}title` }))
  })

  it('fails a copy whose iCalendar files name their IANA media type as dct:format', async () => {
    const catalog = JSON.parse(served.text) as Node
    const distributions = (catalog['dcat:dataset'] as Node[]).flatMap((d) => d['dcat:distribution'] as Node[])
    const ics = distributions.filter((d) => String(d['@id']).includes('.ics?'))
    expect(ics.length).toBeGreaterThan(0)
    const iana = 'https://www.iana.org/assignments/media-types/text/calendar'
    for (const d of ics) d['dct:format'] = { '@id': iana }
    const violations = ofSeverity(await validateJson(catalog), 'Violation')
    expect(violations, describeResults(violations)).toContainEqual(expect.objectContaining({ focusNode: iana, message: expect.stringContaining('dcterms:format') }))
  })
})
