import type { OperationAt, Parameter, Schema } from './openapi'

/** One request of the walk, before it is sent with each Accept media type. */
export type Case = {
  at: OperationAt
  /** Below the server URL of the document, query included. */
  url: string
  /** Whether the request keeps to the document (a valid request may still be refused with a declared status). */
  valid: boolean
  why: string
  /** For an invalid request: the statuses that refuse it; when the operation declares one, it must be refused. */
  refusedWith?: string[]
  /**
   * For a valid value of a query parameter: its name, and the request with that value alone
   * (no examples), since a value the document allows may be refused only in combination.
   */
  param?: { name: string; alone: string }
  body?: { type: string; text: string }
}

export type PathValues = Record<string, string>

/** A value no enum of the document holds and no record is named by. */
export const UNKNOWN = 'no-such-value-of-the-walk'

type Variant = { value: string; valid: boolean; why: string }

const itemSchema = (schema: Schema): Schema => (schema.type === 'array' && schema.items ? schema.items : schema)

/** The values to try for one query parameter: every enum value, boundaries, and values the schema refuses. */
export function variants(param: Parameter): Variant[] {
  const schema = itemSchema(param.schema)
  const out: Variant[] = []
  const valid = (value: unknown, why: string) => out.push({ value: String(value), valid: true, why })
  const invalid = (value: string, why: string) => out.push({ value, valid: false, why })
  if (schema.enum) {
    for (const value of schema.enum) valid(value, 'enum value')
    invalid(UNKNOWN, 'unknown enum value')
    return out
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    if (schema.minimum !== undefined) {
      valid(schema.minimum, 'minimum')
      invalid(String(schema.minimum - 1), 'below minimum')
    }
    if (schema.maximum !== undefined) {
      valid(schema.maximum, 'maximum')
      invalid(String(schema.maximum + 1), 'above maximum')
    }
    if (typeof schema.default === 'number') valid(schema.default, 'default')
    invalid('not-a-number', 'not a number')
    if (schema.type === 'integer') invalid('1.5', 'not an integer')
    return out
  }
  // Strings: the documented examples, the longest allowed, and what the schema refuses.
  for (const example of [param.example, ...(schema.examples ?? [])]) if (example !== undefined) valid(example, 'example')
  if (schema.maxLength !== undefined) {
    valid('a'.repeat(schema.maxLength), 'maxLength')
    invalid('a'.repeat(schema.maxLength + 1), 'above maxLength')
  }
  if (schema.minLength !== undefined && schema.minLength > 0) invalid('', 'below minLength')
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test('no match')) invalid('no match', 'not matching the pattern')
  return out
}

const query = (entries: [string, string][]): string => (entries.length ? `?${new URLSearchParams(entries).toString()}` : '')

const fill = (path: string, values: PathValues): string => path.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(values[name] ?? ''))

/**
 * The GET (or body-less) cases of one operation: each valid assignment of its path parameters,
 * then, on the first assignment, every variant of every query parameter over the documented
 * examples (operations that answer 400 without a query name one), and each path parameter
 * replaced by an unknown value.
 */
export function queryCases(at: OperationAt, assignments: PathValues[]): Case[] {
  const params = at.operation.parameters ?? []
  const queryParams = params.filter((p) => p.in === 'query')
  const base: [string, string][] = queryParams.flatMap((p) => (p.example === undefined ? [] : [[p.name, String(p.example)] as [string, string]]))
  const [first] = assignments
  if (!first) return []
  const cases: Case[] = assignments.map((values) => ({ at, url: fill(at.path, values) + query(base), valid: true, why: 'documented example' }))
  const path = fill(at.path, first)
  for (const param of queryParams) {
    const others = base.filter(([name]) => name !== param.name)
    for (const v of variants(param)) {
      const why = `${param.name}: ${v.why}`
      const url = path + query([...others, [param.name, v.value]])
      if (v.valid) cases.push({ at, url, valid: true, why, param: { name: param.name, alone: path + query([[param.name, v.value]]) } })
      else cases.push({ at, url, valid: false, why, refusedWith: ['400'] })
    }
  }
  for (const param of params.filter((p) => p.in === 'path')) {
    const url = fill(at.path, { ...first, [param.name]: UNKNOWN }) + query(base)
    cases.push({ at, url, valid: false, why: `${param.name}: unknown value`, refusedWith: ['404', '400'] })
  }
  // A name the document does not list: a mistyped filter must not pass silently.
  cases.push({ at, url: path + query([...base, ['no-such-parameter', '1']]), valid: false, why: 'unknown query parameter', refusedWith: ['400'] })
  return cases
}

/** Bodies an operation must refuse: not JSON, not an object, and an object missing every required field. */
export function bodyCases(at: OperationAt, assignments: PathValues[]): Case[] {
  const types = Object.keys(at.operation.requestBody?.content ?? {})
  const path = fill(at.path, assignments[0] ?? {})
  return types.flatMap((type) =>
    [
      { text: '{"unterminated', why: 'malformed body' },
      { text: '[]', why: 'body not an object' },
      { text: '{}', why: 'body without required fields' },
    ].map(({ text, why }) => ({ at, url: path, valid: false, why: `${type}: ${why}`, body: { type, text }, refusedWith: ['400'] })),
  )
}
