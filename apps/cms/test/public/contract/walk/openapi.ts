/**
 * The parts of an OpenAPI 3.1 document the walk reads, typed from what the served document
 * holds. Only the document drives the walk: nothing here knows VIE's routes.
 */
export type Schema = {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  items?: Schema
  minimum?: number
  maximum?: number
  default?: unknown
  minLength?: number
  maxLength?: number
  pattern?: string
  examples?: unknown[]
}

export type Parameter = {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  required?: boolean
  schema: Schema
  example?: unknown
}

export type MediaType = { schema?: Schema }

export type Response = {
  description: string
  headers?: Record<string, { $ref?: string; schema?: Schema }>
  content?: Record<string, MediaType>
}

export type Operation = {
  operationId: string
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, MediaType> }
  responses: Record<string, Response>
}

export type Document = {
  openapi: string
  servers: { url: string }[]
  paths: Record<string, Partial<Record<Method, Operation>>>
  components: { schemas: Record<string, Schema>; headers?: Record<string, { schema?: Schema }> }
}

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
export type Method = (typeof METHODS)[number]

export type OperationAt = { method: Method; path: string; operation: Operation }

/** Every operation of the document, in document order. */
export const operationsOf = (doc: Document): OperationAt[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method]
      return operation ? [{ method, path, operation }] : []
    }),
  )

/** The media type without parameters, lower case: `text/csv; charset=utf-8` → `text/csv`. */
export const essence = (contentType: string | null): string => (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''

/** JSON and every `+json` suffix type (problem+json, ld+json, geo+json). */
export const isJson = (mediaType: string): boolean => mediaType === 'application/json' || mediaType.endsWith('+json')

/** The media types an operation answers with on success: what a client may put in Accept. */
export const successMediaTypes = (operation: Operation): string[] => [
  ...new Set(
    Object.entries(operation.responses)
      .filter(([status]) => status.startsWith('2'))
      .flatMap(([, response]) => Object.keys(response.content ?? {})),
  ),
]
