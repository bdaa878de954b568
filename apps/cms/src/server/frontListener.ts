import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Express, Request, RequestHandler, Response } from 'express'

import { runChain } from './runChain'

/** The app's middleware in front of a router, for an answer given outside Express. */
export type Front = {
  /** Runs all of it: the request log first, then the rest in the app's order. */
  all: () => void
  /** Runs the request log alone, for an answer that already holds the other middleware's headers. */
  log: () => void
}

/**
 * Requests below `prefix` (ending in `/`) that `answer` may serve from memory. `answer` gets the
 * URL from the prefix's last `/` on, as a router mounted there sees it, and runs the `front`
 * middleware once it knows it answers; returning false leaves the request to Express untouched.
 */
export type FastRoute = {
  prefix: string
  log: RequestHandler
  front: readonly RequestHandler[]
  answer: (req: Request, res: Response, url: string, front: Front) => boolean
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
export function frontListener(app: Express, routes: readonly FastRoute[]): RequestListener {
  return (req, res) => {
    const url = req.url ?? ''
    const route = routes.find(({ prefix }) => url.startsWith(prefix))
    if (route) {
      const [request, response] = adopt(app, req, res)
      const front: Front = {
        all: () => void runChain([route.log, ...route.front], request, response),
        log: () => void runChain([route.log], request, response),
      }
      if (route.answer(request, response, url.slice(route.prefix.length - 1), front)) return
    }
    app(req, res)
  }
}
