import jsonld from 'jsonld'
import type { JsonLd, RemoteDocument } from 'jsonld/jsonld-spec'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type PublicApi, usePublicStack } from '../helpers/publicStack'

const stack = usePublicStack()
const SCHEMA = 'https://schema.org/'

/** Properties schema.org does not give these types: a validator warns about each. */
const DOMAINLESS: Record<string, string[]> = {
  [`${SCHEMA}Organization`]: ['dateModified', 'inLanguage', 'memberOf'],
  [`${SCHEMA}Project`]: ['dateModified', 'inLanguage', 'memberOf'],
  [`${SCHEMA}City`]: ['dateModified', 'inLanguage', 'memberOf'],
  [`${SCHEMA}AdministrativeArea`]: ['dateModified', 'inLanguage', 'memberOf'],
  [`${SCHEMA}Event`]: ['dateModified'],
}

/** Every node of an expanded document uses schema.org types and only properties its types take. */
function checkNode(node: unknown, where: string): void {
  if (Array.isArray(node)) return node.forEach((n) => checkNode(n, where))
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  for (const type of (record['@type'] as string[] | undefined) ?? []) {
    expect(type, where).toMatch(/^https:\/\/schema\.org\/[A-Z]/)
    for (const term of DOMAINLESS[type] ?? []) expect(record, `${where} ${type}`).not.toHaveProperty(`${SCHEMA}${term}`)
  }
  for (const [key, value] of Object.entries(record)) {
    if (!key.startsWith('@')) expect(key, where).toMatch(/^https:\/\/schema\.org\/[a-z]/)
    checkNode(value, where)
  }
}

describe('JSON-LD answers, as the jsonld processor reads them offline', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('expand with the context VIE serves, to schema.org terms on types that take them', async () => {
    const origin = new URL(f.api).origin
    const loaded: string[] = []
    // Resolves only what VIE serves: a context anywhere else fails the expansion.
    const documentLoader = async (url: string): Promise<RemoteDocument> => {
      if (!url.startsWith(`${origin}/`)) throw new Error(`refused to load ${url}`)
      loaded.push(url)
      const res = await fetch(url)
      expect(res.headers.get('content-type'), url).toMatch(/^application\/ld\+json/)
      return { contextUrl: undefined, documentUrl: url, document: (await res.json()) as JsonLd }
    }
    const answers = [
      '/networks?format=jsonld&lang=en',
      '/networks/eurocities?format=jsonld',
      '/tandems?format=jsonld',
      '/tandems/hamm-arezzo?format=jsonld&lang=en',
      '/municipalities/hamm?format=jsonld',
      '/events?format=jsonld&when=all',
      '/events/vernetzungsworkshop-leipzig?format=jsonld',
    ]
    for (const path of answers) {
      const res = await fetch(`${f.api}${path}`)
      expect(res.headers.get('content-type'), path).toMatch(/^application\/ld\+json/)
      const doc = (await res.json()) as Record<string, unknown>
      expect(doc['@context'], path).toBe(`${f.api}/context.jsonld`)
      const expanded = await jsonld.expand(doc as JsonLd, { documentLoader })
      expect(expanded.length, path).toBeGreaterThan(0)
      checkNode(expanded, path)
    }
    expect(new Set(loaded)).toEqual(new Set([`${f.api}/context.jsonld`]))

    const eurocities = (await (await fetch(`${f.api}/networks/eurocities`)).json()) as { municipalities: { slug: string }[] }
    const member = eurocities.municipalities[0]?.slug ?? ''
    const city = await jsonld.expand((await (await fetch(`${f.api}/municipalities/${member}?format=jsonld`)).json()) as JsonLd, { documentLoader })
    checkNode(city, member)
    // The network names the city as its member; the city says so through the reverse of schema:member.
    const networks = (city[0]?.['@reverse'] as Record<string, { '@id': string }[]> | undefined)?.[`${SCHEMA}member`] ?? []
    expect(networks.map((n) => n['@id'])).toContain(`${f.api}/networks/eurocities`)
    const network = await jsonld.expand((await (await fetch(`${f.api}/networks/eurocities?format=jsonld`)).json()) as JsonLd, { documentLoader })
    expect(network[0]?.[`${SCHEMA}url`]).toEqual([{ '@id': expect.stringMatching(/^https?:\/\//) }])
  })
})
