import type { ServerResponse } from 'node:http'

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
