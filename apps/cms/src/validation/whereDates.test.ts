import { describe, expect, it } from 'vitest'

import { invalidWhereDates } from './whereDates'

const DATES = new Set(['createdAt', 'start'])

describe('invalidWhereDates', () => {
  it('passes real dates, other fields and other operators', () => {
    expect(invalidWhereDates({ createdAt: { greater_than: '2025-01-01' }, name: { equals: 'abc' } }, DATES)).toEqual([])
    expect(invalidWhereDates({ start: { exists: 'true' }, 'version.start': { less_than: '2025-01-01T10:00:00Z' } }, DATES)).toEqual([])
    expect(invalidWhereDates({ start: { in: '2025-01-01,2025-02-01' } }, DATES)).toEqual([])
    expect(invalidWhereDates(undefined, DATES)).toEqual([])
  })

  it('names date operands that are no date, also inside and/or', () => {
    expect(invalidWhereDates({ createdAt: { greater_than: '275760-09-14' } }, DATES)).toEqual(['createdAt greater_than "275760-09-14"'])
    expect(invalidWhereDates({ or: [{ and: [{ 'version.start': { equals: 'abc' } }] }] }, DATES)).toEqual(['version.start equals "abc"'])
    expect(invalidWhereDates({ start: { in: ['2025-01-01', 'nope'] } }, DATES)).toHaveLength(1)
  })
})
