import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { depthLimit } from './depthLimit'

const schema = buildSchema(`
  type Node { id: ID!, child: Node }
  type Query { node: Node }
`)
const errorsOf = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]).map((error) => error.message)

describe('depthLimit', () => {
  it('counts fields, through inline and named fragments', () => {
    expect(errorsOf('{ node { child { id } } }', 3)).toEqual([])
    expect(errorsOf('{ node { child { child { id } } } }', 3)).toEqual([expect.stringMatching(/nested 4 levels deep; at most 3/)])
    expect(errorsOf('{ node { ... on Node { child { child { id } } } } }', 3)).toHaveLength(1)
    expect(errorsOf('fragment F on Node { child { child { id } } } { node { ...F } }', 3)).toHaveLength(1)
    expect(errorsOf('fragment F on Node { child { id } } { node { ...F } }', 3)).toEqual([])
  })

  it('survives a fragment cycle (graphql reports that one itself)', () => {
    expect(() => errorsOf('fragment A on Node { child { ...B } } fragment B on Node { child { ...A } } { node { ...A } }', 50)).not.toThrow()
  })

  it('walks each fragment once, so a chain that spreads every fragment twice stays a small query', () => {
    // Without remembering fragment depths this is 2^60 walks: the validation would never end.
    const chain = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Node { child { ...F${i + 1} } ... on Node { ...F${i + 1} } }`)
    const query = `{ node { ...F0 } } ${chain.join(' ')} fragment F60 on Node { id }`
    expect(errorsOf(query, 100)).toEqual([])
    expect(errorsOf(query, 12)).toEqual([expect.stringMatching(/nested 62 levels deep/)])
  })
})
