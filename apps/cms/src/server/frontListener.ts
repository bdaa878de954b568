import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Express, Request, RequestHandler, Response } from 'express'

import type { RequestLog } from './requestLog'
import { runChain } from './runChain'

/** What a route's `answer` may use of the app, made once per route. */
export type Front = {
  /** Makes the request Express's, as Express does before routing (and again if it gets the request). */
  adopt: (req: IncomingMessage, res: ServerResponse) => [Request, Response]
  /** Runs the app's middleware in front of the route, the request log first: for an answer made the long way. */
  all: (req: Request, res: Response) => void
  /** Logs an answer just sent whole from memory (a replay), which ran none of that middleware. */
  sent: (req: IncomingMessage, res: ServerResponse) => void
  /** The client address Express gives as `req.ip`. */
  address: (req: IncomingMessage) => string | undefined
}

/**
 * Requests below `prefix` (ending in `/`) that `answer` may serve from memory. `answer` gets the
 * URL from the prefix's last `/` on, as a router mounted there sees it; returning false leaves
 * the request to Express with nothing written.
 */
export type FastRoute = {
  prefix: string
  log: RequestLog
  front: readonly RequestHandler[]
  answer: (req: IncomingMessage, res: ServerResponse, url: string, front: Front) => boolean
}

/** What Express does to every request before its router runs, so its request and response methods work. */
function adopt(app: Express, req: IncomingMessage, res: ServerResponse): [Request, Response] {
  Object.setPrototypeOf(req, app.request)
  Object.setPrototypeOf(res, app.response)
  const request = req as Request
  const response = res as Response
  request.res = response
  response.req = request
  request.originalUrl = request.url
  response.locals = Object.create(null) as Response['locals']
  return [request, response]
}

/**
 * The server's request listener: the routes' answers from memory where they have one, Express
 * for everything else. Express stays the application; this only skips its routing for the
 * public bytes that partner sites multiply.
 */
export function frontListener(app: Express, routes: readonly FastRoute[], address: Front['address']): RequestListener {
  const fronts = routes.map(({ prefix, log, front, answer }) => {
    const chain = [log, ...front]
    const at: Front = {
      adopt: (req, res) => adopt(app, req, res),
      all: (req, res) => void runChain(chain, req, res),
      sent: log.sent,
      address,
    }
    return { prefix, answer, at }
  })
  return (req, res) => {
    const url = req.url ?? ''
    for (const route of fronts) {
      if (!url.startsWith(route.prefix)) continue
      if (route.answer(req, res, url.slice(route.prefix.length - 1), route.at)) return
      break
    }
    app(req, res)
  }
}
