import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectProblem } from '../helpers/http'
import { type PublicApi, usePublicStack } from '../helpers/publicStack'

type Node = Record<string, unknown>

const stack = usePublicStack()

describe('public HTTP contract', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('a 304 carries the same Vary as the 200 it stands for', async () => {
    for (const path of ['/networks', '/networks/eurocities', '/events.ics', '/stats', '/networks?q=nothing-matches-this']) {
      const ok = await fetch(`${f.api}${path}`, { headers: { 'accept-encoding': 'gzip' } })
      expect(ok.status, path).toBe(200)
      const again = await fetch(`${f.api}${path}`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': ok.headers.get('etag') ?? '' } })
      expect(again.status, path).toBe(304)
      expect(again.headers.get('vary'), path).toBe(ok.headers.get('vary'))
    }
  })

  it('names problem types by absolute URIs that lead to their explanation', async () => {
    const problems = [
      await expectProblem(`${f.api}/networks?limit=0`, 400),
      await expectProblem(`${f.api}/networks/atlantis`, 404),
      await expectProblem(`${f.api}/no-such-route`, 404),
    ]
    for (const problem of problems) {
      const uri = new URL(problem.type)
      expect(uri.origin).toBe(new URL(f.api).origin)
      const page = await (await fetch(uri)).text()
      expect(page).toContain(`id="${uri.hash.slice(1)}"`)
    }
  })

  it('gives every distribution of the DCAT-AP.de catalogue a dct:format', async () => {
    const catalog = (await (await fetch(`${f.api}/catalog.jsonld`)).json()) as Node
    const datasets = ((catalog['@graph'] as Node[] | undefined) ?? [catalog]).flatMap((n) => (n['dcat:dataset'] as Node[] | undefined) ?? [])
    const distributions = datasets.flatMap((d) => d['dcat:distribution'] as Node[])
    expect(distributions.some((d) => String(d['@id']).includes('.ics?'))).toBe(true)
    for (const d of distributions) {
      const format = (d['dct:format'] as Node | undefined)?.['@id']
      expect(typeof format === 'string' && new URL(format).protocol.startsWith('http'), String(d['@id'])).toBe(true)
    }
    const ics = distributions.filter((d) => String(d['@id']).includes('.ics?'))
    for (const d of ics) expect((d['dcat:mediaType'] as Node)['@id']).toBe('https://www.iana.org/assignments/media-types/text/calendar')
  })
})
