import type { ServerResponse } from 'node:http'

import type { Encoding } from '../public/http/renderedCache'

/**
 * An answer as the middleware first wrote it: status, headers in order (flat name/value pairs,
 * as `writeHead` takes them), and the body. Replaying it costs one `writeHead` and one `end`.
 */
export type Replay = {
  status: number
  headers: string[]
  /** Index of the value that changes per request (the rate limit's remaining count), or -1. */
  variableAt: number
  body: Buffer | undefined
}

/** Node keeps the names as set (OutgoingMessage#getRawHeaderNames); its types declare that for client requests only. */
type RawNamed = ServerResponse & { getRawHeaderNames(): string[] }

/**
 * What was just sent on `res`, when it went out as `body` in one piece; `variable` names the
 * header whose value the replay supplies. Node adds Date, Connection and Keep-Alive itself.
 */
export function recordAnswer(res: ServerResponse, body: Buffer | undefined, variable?: string): Replay {
  const headers: string[] = []
  let variableAt = -1
  const wanted = variable?.toLowerCase()
  for (const name of (res as RawNamed).getRawHeaderNames()) {
    if (name.toLowerCase() === wanted) variableAt = headers.length + 1
    headers.push(name, String(res.getHeader(name)))
  }
  return { status: res.statusCode, headers, variableAt, body }
}

/** Sends `replay` again. The header array is reused: `writeHead` copies it before returning. */
export function sendReplay(res: ServerResponse, replay: Replay, variable?: string): void {
  if (replay.variableAt >= 0 && variable !== undefined) replay.headers[replay.variableAt] = variable
  res.writeHead(replay.status, replay.headers)
  res.end(replay.body)
}

/** The answers kept for one request shape: the whole answer and the 304. */
export type Prepared = { full?: Replay; notModified?: Replay }

/** Bytes held in memory as they are and per encoding: a rendered answer or a widget file. */
type HeldBytes = { body: Buffer; encoded: Partial<Record<Encoding, Buffer>> }

/**
 * The body that went out on `res` (undefined: none), or false when it is not bytes `held` keeps
 * (a stream the compression middleware made), so there is nothing to replay.
 */
export function bodySent(res: ServerResponse, held: HeldBytes, head: boolean): Buffer | undefined | false {
  if (res.statusCode === 304 || head) return undefined
  if (res.getHeader('Content-Length') === undefined) return false
  const encoding = res.getHeader('Content-Encoding')
  if (encoding === undefined) return held.body
  return (encoding === 'br' || encoding === 'gzip') && held.encoded[encoding] ? held.encoded[encoding] : false
}

/** Keeps `made` as the shape's 304 or whole answer; false for any other status, which is not replayed. */
export function keepAnswer(entry: Prepared, made: Replay): boolean {
  if (made.status === 304) entry.notModified = made
  else if (made.status === 200) entry.full = made
  else return false
  return true
}
