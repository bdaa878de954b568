/** One rejected query or path parameter. */
export interface InvalidParam {
  /** The parameter as the client sent it, e.g. `limit` or `theme`. */
  name: string
  /** What was wrong, in the requested language. */
  reason: string
  /** The value that was rejected. */
  value?: string
  /** The accepted values when the parameter takes a fixed list. */
  allowed?: string[]
}

/**
 * RFC 9457 problem details (`application/problem+json`), the body of every 4xx/5xx answer of
 * `/public/v1`. `title` and `detail` are in the requested language.
 */
export interface Problem {
  /** A URI reference naming the kind of problem (stable, documented in the OpenAPI document). */
  type: string
  title: string
  status: number
  detail: string
  /** The request path and query that failed. */
  instance?: string
  invalidParams?: InvalidParam[]
}
