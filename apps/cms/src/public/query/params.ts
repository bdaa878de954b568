import type { InvalidParam, Lang } from '@vie/types'

import { ProblemError } from '../http/problem'
import { say } from '../i18n/messages'

/** What Express 5's simple query parser gives for one name. */
export type RawQuery = Record<string, string | string[] | undefined>

/**
 * One query parameter: how it is parsed, and (through `describe`) how the OpenAPI document
 * presents it, so the documentation and the validation cannot drift apart.
 */
/** `example`: a value that makes a useful request, for operations that answer 400 without one. */
export type ParamSpec = { description: Record<Lang, string>; example?: string } & (
  | { kind: 'enum'; values: readonly string[]; repeatable?: boolean; default?: string }
  | { kind: 'int'; min: number; max: number; default?: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'text'; maxLength: number }
)

export type ParamSpecs = Record<string, ParamSpec>

export type ParsedValue = string | string[] | number | Date | undefined

/** Accepts what the OpenAPI document calls `date` or `date-time` (with offset or Z). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/

/** Parses a date or date-time; a date alone means the start of that day as `dayStart` defines it. */
export function parseIsoDate(value: string, dayStart: (year: number, month: number, day: number) => Date): Date | null {
  const match = ISO_DATE.exec(value)
  if (!match) return null
  const [, y, m, d, hh] = match
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  const probe = new Date(Date.UTC(year, month - 1, day))
  // Rejects 2025-02-30 and friends, which Date would silently roll over.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null
  if (hh === undefined) return dayStart(year, month, day)
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

export type Parsed = Record<string, ParsedValue>

export type ParseContext = {
  lang: Lang
  /** Converts a date-only parameter to an instant (the start of that day in the API's zone). */
  dayStart: (year: number, month: number, day: number) => Date
}

/**
 * Parses and validates every parameter against its spec and collects all problems at once, so
 * a client learns everything that is wrong from one answer. Names not in `specs` are refused:
 * a mistyped filter silently ignored would return unfiltered data that looks filtered.
 */
export function parseParams(query: RawQuery, specs: ParamSpecs, ctx: ParseContext): Parsed {
  const { lang } = ctx
  const invalid: InvalidParam[] = []
  const parsed: Parsed = {}
  const known = Object.keys(specs)

  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue
    const spec = specs[name]
    if (!spec) {
      invalid.push({ name, reason: say(lang, 'unknownParameter', { name, allowed: known.join(', ') }), allowed: known })
      continue
    }
    const values = Array.isArray(raw) ? raw : [raw]
    if (values.length > 1 && !(spec.kind === 'enum' && spec.repeatable)) {
      invalid.push({ name, reason: say(lang, 'repeated'), value: values.join(',') })
      continue
    }
    const result = parseOne(name, values, spec, ctx)
    if ('problem' in result) invalid.push(result.problem)
    else parsed[name] = result.value
  }

  for (const [name, spec] of Object.entries(specs)) {
    if (parsed[name] === undefined && 'default' in spec && spec.default !== undefined) parsed[name] = spec.default
  }

  if (invalid.length) throw invalidParams(lang, invalid)
  return parsed
}

export function invalidParams(lang: Lang, invalid: InvalidParam[]): ProblemError {
  return new ProblemError(
    'invalid-parameter',
    say(lang, 'invalidParameters', { names: [...new Set(invalid.map((p) => p.name))].join(', ') }),
    invalid,
  )
}

function parseOne(
  name: string,
  values: string[],
  spec: ParamSpec,
  { lang, dayStart }: ParseContext,
): { value: ParsedValue } | { problem: InvalidParam } {
  const [first = ''] = values
  switch (spec.kind) {
    case 'enum': {
      const wrong = values.find((v) => !spec.values.includes(v))
      if (wrong !== undefined) {
        return { problem: { name, value: wrong, reason: say(lang, 'notInList', { value: wrong }), allowed: [...spec.values] } }
      }
      return { value: spec.repeatable ? [...new Set(values)] : first }
    }
    case 'int': {
      const n = /^-?\d+$/.test(first) ? Number(first) : Number.NaN
      if (!Number.isSafeInteger(n) || n < spec.min || n > spec.max) {
        return { problem: { name, value: first, reason: say(lang, 'notInteger', { min: spec.min, max: spec.max }) } }
      }
      return { value: n }
    }
    case 'number': {
      // Decimal notation, with the exponent JavaScript prints small numbers in; Number() alone would also take '', '0x1f' and 'Infinity'.
      const n = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(first) ? Number(first) : Number.NaN
      if (!Number.isFinite(n) || n < spec.min || n > spec.max) {
        return { problem: { name, value: first, reason: say(lang, 'notNumber', { min: spec.min, max: spec.max }) } }
      }
      return { value: n }
    }
    case 'date': {
      const date = parseIsoDate(first, dayStart)
      if (!date) return { problem: { name, value: first, reason: say(lang, 'notDate') } }
      return { value: date }
    }
    case 'text': {
      const trimmed = first.trim()
      if (!trimmed) return { problem: { name, value: first, reason: say(lang, 'empty') } }
      if (trimmed.length > spec.maxLength) {
        return { problem: { name, value: first.slice(0, 40), reason: say(lang, 'tooLong', { max: spec.maxLength }) } }
      }
      return { value: trimmed }
    }
  }
}
