import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import type { Case } from './cases'
import { type Document, essence, isJson, type Operation, type Response, type Schema } from './openapi'

/** What came back for one request. */
export type Answer = { status: number; contentType: string | null; headers: Headers; text: string }

export type Mismatch = { method: string; url: string; accept: string; status: number; mediaType: string; error: string }

/** Headers the document declares for states the walk does not bring about (the database away). */
const CONDITIONAL_HEADERS = new Set(['warning', 'x-vie-stale'])

const SCHEMA_ID = 'vie'

/** `#/components/…` of the document, as seen from a schema compiled on its own. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase)
  if (!schema || typeof schema !== 'object') return schema
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SCHEMA_ID}${value}` : rebase(value)]),
  )
}

/**
 * Whether a 400 names `param` among its invalid parameters (the `invalidParams` of the
 * document's Problem schema): the server refused the value itself, not a combination.
 */
export function refusesParam(answer: Answer, param: string): boolean {
  if (answer.status !== 400) return false
  try {
    const problem = JSON.parse(answer.text) as { invalidParams?: { name?: unknown }[] }
    return problem.invalidParams?.some((p) => p.name === param) ?? false
  } catch {
    return false
  }
}

/** The declared response of a status: exact, then its class (`4XX`), then `default`. */
export function declared(operation: Operation, status: number): Response | undefined {
  const { responses } = operation
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default
}

/** Checks answers against the document with ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1). */
export class AnswerChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true })
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(private readonly doc: Document) {
    addFormats(this.ajv)
    this.ajv.addSchema({ $id: SCHEMA_ID, components: doc.components })
  }

  private validator(schema: Schema): ValidateFunction {
    const key = JSON.stringify(schema)
    const known = this.compiled.get(key)
    if (known) return known
    const validate = this.ajv.compile(rebase(schema) as object)
    this.compiled.set(key, validate)
    return validate
  }

  private headerSchema(spec: { $ref?: string; schema?: Schema }): Schema | undefined {
    if (!spec.$ref) return spec.schema
    const name = spec.$ref.replace('#/components/headers/', '')
    return this.doc.components.headers?.[name]?.schema
  }

  /** Every way `answer` departs from what the document declares for `c`; empty when it keeps to it. */
  check(c: Case, accept: string, answer: Answer): Mismatch[] {
    const mediaType = essence(answer.contentType)
    const out: Mismatch[] = []
    const fail = (error: string) => out.push({ method: c.at.method.toUpperCase(), url: c.url, accept, status: answer.status, mediaType, error: `${c.why}: ${error}` })
    const response = declared(c.at.operation, answer.status)
    if (!response) fail(`status ${answer.status} is not declared (declared: ${Object.keys(c.at.operation.responses).join(', ')})`)
    if (answer.status >= 500) fail('a server error for a request the client chose')
    const refuses = c.refusedWith?.some((status) => status in c.at.operation.responses) ?? false
    if (refuses && answer.status < 400) fail(`an invalid request was not refused (the document declares ${c.refusedWith?.join(' or ')})`)
    if (!response) return out
    const content = response.content ?? {}
    if (!Object.keys(content).length) {
      if (answer.text.length) fail('a body where none is declared')
    } else if (!(mediaType in content)) {
      fail(`media type "${mediaType}" is not declared for ${answer.status} (declared: ${Object.keys(content).join(', ')})`)
    } else {
      const schema = content[mediaType]?.schema
      if (schema) this.validateBody(schema, mediaType, answer.text, fail)
    }
    for (const [name, spec] of Object.entries(response.headers ?? {})) {
      if (CONDITIONAL_HEADERS.has(name.toLowerCase())) continue
      const value = answer.headers.get(name)
      if (value === null) {
        fail(`header ${name} is declared but missing`)
        continue
      }
      const schema = this.headerSchema(spec)
      if (!schema) continue
      const typed = schema.type === 'integer' || schema.type === 'number' ? Number(value) : value
      const validate = this.validator(schema)
      if (!validate(typed)) fail(`header ${name}: ${this.ajv.errorsText(validate.errors)}`)
    }
    return out
  }

  private validateBody(schema: Schema, mediaType: string, text: string, fail: (error: string) => void): void {
    let body: unknown = text
    if (isJson(mediaType)) {
      try {
        body = JSON.parse(text)
      } catch (error) {
        fail(`body is not JSON: ${String(error)}`)
        return
      }
    }
    const validate = this.validator(schema)
    if (!validate(body)) fail(`body: ${this.ajv.errorsText(validate.errors, { dataVar: 'body' })}`)
  }
}
