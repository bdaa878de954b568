import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../../helpers/bootServer'
import { bodyCases, type Case, queryCases } from './walk/cases'
import { AnswerChecker } from './walk/check'
import { type Document, operationsOf } from './walk/openapi'
import { pathAssignments, slugFinder } from './walk/paths'
import { describeMismatches, walk } from './walk/run'

/**
 * Below this the walk has lost its way (a document it cannot read, a list without slugs): it
 * must not pass by doing nothing. The seeded register gives well over 2 000 requests.
 */
const MIN_REQUESTS = 1500

/**
 * The served OpenAPI document, walked: every operation, every enum value of every parameter,
 * the boundaries of numbers and strings, and requests the document rules out (unknown values,
 * non-numbers, numbers out of range, unknown slugs, bodies without what they require), each
 * sent with every media type the operation answers with. Every answer must have a declared
 * status, a media type declared for that status, the declared headers and a body that the
 * declared schema accepts (ajv, JSON Schema 2020-12). Driven by the document alone, so a route
 * or a parameter value added later is walked without touching this file.
 */
describe('the OpenAPI document, walked against the seeded server', () => {
  let server: BootedServer
  let doc: Document
  let base: string
  beforeAll(async () => {
    server = await bootServer({
      env: {
        SEED_ON_EMPTY: 'true',
        // The walk is one client sending a few thousand requests; the limits are tested elsewhere.
        PUBLIC_API_RATE_BURST: '1000000',
        PUBLIC_API_RATE_PER_SECOND: '1000000',
        PROPOSAL_RATE_BURST: '1000000',
      },
    })
    doc = (await (await fetch(`${server.url}/public/v1/openapi.json`)).json()) as Document
    base = doc.servers[0]?.url ?? ''
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('gets from the server only what the document declares', async () => {
    const slugOf = slugFinder(doc, base, async (url) => (await fetch(url)).json())
    const cases: Case[] = []
    for (const at of operationsOf(doc)) {
      const assignments = await pathAssignments(at, slugOf)
      expect(assignments.length, `${at.path}: no real value for its path parameters`).toBeGreaterThan(0)
      // A body-taking operation is walked with bodies it must refuse: a valid one needs a solved proof-of-work challenge.
      cases.push(...(at.operation.requestBody ? bodyCases(at, assignments) : queryCases(at, assignments)))
    }
    const result = await walk(base, cases, new AnswerChecker(doc))
    expect(result.mismatches.length, describeMismatches(result.mismatches)).toBe(0)
    expect(result.requests).toBeGreaterThanOrEqual(MIN_REQUESTS)
    // Every operation answered at least once with a 2xx, so the valid half of the walk reached real data.
    const answered = new Set([...result.statuses.keys()].filter((k) => / 2\d\d$/.test(k)).map((k) => k.replace(/ \d+$/, '')))
    const unanswered = operationsOf(doc).filter((at) => !at.operation.requestBody && !answered.has(`${at.method.toUpperCase()} ${at.path}`))
    expect(unanswered.map((at) => at.path)).toEqual(['/proposals/confirm'])
  })
})
