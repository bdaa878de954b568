import type { Express } from 'express'
import type { IncomingMessage } from 'node:http'
import proxyaddr from 'proxy-addr'

type Trust = (address: string, hop: number) => boolean

/**
 * The client address Express gives as `req.ip`, for a request Express has not seen: the front
 * listener counts it against the same rate-limit bucket. Without a trusted proxy that is the
 * socket's peer, read without parsing X-Forwarded-For.
 */
export function clientAddressOf(app: Express): (req: IncomingMessage) => string | undefined {
  if (!app.get('trust proxy')) return (req) => req.socket.remoteAddress
  const trust = app.get('trust proxy fn') as Trust
  return (req) => proxyaddr(req, trust)
}
