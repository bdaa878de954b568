import { describe, expect, it } from 'vitest'

import { ProblemError } from '../http/problem'
import { parseIsoDate, parseParams } from './params'

const dayStart = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))
const ctx = { lang: 'en' as const, dayStart }
const specs = {
  kind: { kind: 'enum' as const, values: ['a', 'b'], repeatable: true, description: { de: '', en: '' } },
  limit: { kind: 'int' as const, min: 1, max: 100, default: 20, description: { de: '', en: '' } },
  from: { kind: 'date' as const, description: { de: '', en: '' } },
  q: { kind: 'text' as const, maxLength: 5, description: { de: '', en: '' } },
  lat: { kind: 'number' as const, min: -90, max: 90, description: { de: '', en: '' } },
}

function problems(query: Record<string, string | string[]>) {
  try {
    parseParams(query, specs, ctx)
  } catch (error) {
    if (error instanceof ProblemError) return error.invalidParams ?? []
    throw error
  }
  return []
}

describe('query parameters', () => {
  it('parses values, applies defaults and dedupes repeated enum values', () => {
    expect(parseParams({ kind: ['a', 'a', 'b'], q: ' x ' }, specs, ctx)).toEqual({ kind: ['a', 'b'], q: 'x', limit: 20 })
    expect(parseParams({ from: '2025-03-30T10:00:00+02:00' }, specs, ctx).from).toEqual(new Date('2025-03-30T08:00:00Z'))
  })

  it('takes decimal numbers within their range, as the document types them', () => {
    expect(parseParams({ lat: '-90' }, specs, ctx).lat).toBe(-90)
    expect(parseParams({ lat: '50.1' }, specs, ctx).lat).toBe(50.1)
    expect(parseParams({ lat: '1e-7' }, specs, ctx).lat).toBe(1e-7)
    for (const value of ['90.5', 'north', '', '0x1f', 'Infinity']) expect(problems({ lat: value })[0]?.reason, value).toBe('Expected a number from -90 to 90.')
  })

  it('collects every problem with the parameter name, the value and what is allowed', () => {
    expect(problems({ kind: 'c', limit: '1000', from: '2025-02-30', q: 'toolong', other: '1' }).map((p) => p.name)).toEqual([
      'kind',
      'limit',
      'from',
      'q',
      'other',
    ])
    expect(problems({ kind: 'c' })[0]).toMatchObject({ value: 'c', allowed: ['a', 'b'] })
    expect(problems({ limit: '1.5' })[0]?.reason).toBe('Expected a whole number from 1 to 100.')
    expect(problems({ limit: ['1', '2'] })[0]?.reason).toBe('May be given only once.')
    expect(problems({ other: 'x' })[0]?.allowed).toEqual(['kind', 'limit', 'from', 'q', 'lat'])
  })

  it('accepts ISO dates and date-times only, and rejects impossible calendar dates', () => {
    expect(parseIsoDate('2024-02-29', dayStart)).toEqual(new Date('2024-02-29T00:00:00Z'))
    expect(parseIsoDate('2025-02-29', dayStart)).toBeNull()
    expect(parseIsoDate('2025-03-30T10:00Z', dayStart)).toEqual(new Date('2025-03-30T10:00:00Z'))
    expect(parseIsoDate('2025-03-30T10:00:00', dayStart)).toBeNull()
    expect(parseIsoDate('30.03.2025', dayStart)).toBeNull()
    expect(parseIsoDate('2025-03-30T24:30:00Z', dayStart)).toBeNull()
  })
})
