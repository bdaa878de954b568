import fs from 'node:fs'
import http, { type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { widgetBundle } from '../../src/embed/widgetBundle'
import { authRateSettings } from '../../src/server/authThrottle'
import { createApp } from '../../src/server/createApp'
import { usePublicStack } from './helpers/publicStack'

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer }
type Ask = { method?: string; headers?: Record<string, string> }

/**
 * One request with exactly these headers, the body as sent (still encoded). Both servers are
 * asked under one host name: the API's links (and so its cache keys) name the request's host.
 */
function ask(base: string, path: string, { method = 'GET', headers = {} }: Ask = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers: { host: 'vie.test', ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

const listen = (server: http.Server): Promise<string> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  )

const decode = (answer: Answer): Buffer => {
  if (answer.body.length === 0) return answer.body
  const encoding = answer.headers['content-encoding']
  if (encoding === 'br') return zlib.brotliDecompressSync(answer.body)
  if (encoding === 'gzip') return zlib.gunzipSync(answer.body)
  if (encoding === 'deflate') return zlib.inflateSync(answer.body)
  return answer.body
}

/** Headers that differ between any two answers: the clock, and the rate limit's count. */
const comparable = ({ date: _date, 'ratelimit-remaining': _remaining, ...rest }: IncomingHttpHeaders) => rest

const BURST = 200

/**
 * The server's front listener against Express itself. Both servers run the one app createApp
 * builds (same rendered cache, same rate limit, same Payload with the seeded study data): the
 * Express server answers first and fills the cache, then the front listener answers the same
 * request from memory. Every answer must match in status, headers and bytes.
 */
describe('answers from memory in front of Express', () => {
  const stack = usePublicStack()
  let viaExpress = ''
  let viaFront = ''
  /** Requests Express was asked to answer, and the last request the front server received. */
  const handedOver = new WeakSet<http.IncomingMessage>()
  let lastAtFront: http.IncomingMessage | undefined
  const answeredInFront = () => lastAtFront !== undefined && !handedOver.has(lastAtFront)
  const servers: http.Server[] = []

  beforeAll(async () => {
    process.env.PUBLIC_API_RATE_BURST = String(BURST)
    process.env.PUBLIC_API_RATE_PER_SECOND = '0.0001'
    const { app, listener } = createApp({
      payload: stack.payload,
      nextHandler: async (_req, res) => {
        res.status(404).end()
      },
      dev: false,
      hsts: true,
      trustProxy: false,
      authRate: authRateSettings(),
    })
    // Instrumentation only: Express (whose app function calls its `handle`) still answers everything it is given.
    const express = app as unknown as { handle: (req: http.IncomingMessage, ...rest: unknown[]) => void }
    const handle = express.handle.bind(app)
    express.handle = (req, ...rest) => {
      handedOver.add(req)
      handle(req, ...rest)
    }
    const front = http.createServer((req, res) => {
      lastAtFront = req
      listener(req, res)
    })
    const direct = http.createServer(app)
    servers.push(direct, front)
    viaExpress = await listen(direct)
    viaFront = await listen(front)
  })
  afterAll(async () => {
    delete process.env.PUBLIC_API_RATE_BURST
    delete process.env.PUBLIC_API_RATE_PER_SECOND
    for (const server of servers) {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  /**
   * The same request through Express, then twice through the front listener: the first runs the
   * router's middleware, the second replays what it wrote. Both front answers must be one.
   */
  async function both(path: string, options?: Ask): Promise<{ express: Answer; fast: Answer; inFront: boolean }> {
    const express = await ask(viaExpress, path, options)
    const first = await ask(viaFront, path, options)
    const firstInFront = answeredInFront()
    const fast = await ask(viaFront, path, options)
    const label = `${options?.method ?? 'GET'} ${path} ${JSON.stringify(options?.headers ?? {})}`
    expect(answeredInFront(), label).toBe(firstInFront)
    expect(fast.status, label).toBe(first.status)
    expect(comparable(fast.headers), label).toEqual(comparable(first.headers))
    expect(fast.body, label).toEqual(first.body)
    return { express, fast, inFront: firstInFront }
  }

  const publicCases: [string, Ask][] = [
    ['/public/v1/networks?lang=en', { headers: { 'accept-encoding': 'gzip' } }],
    ['/public/v1/networks?lang=en', { headers: { 'accept-encoding': 'br, gzip' } }],
    ['/public/v1/networks?lang=en', {}],
    ['/public/v1/networks?lang=en', { headers: { 'accept-encoding': 'deflate' } }],
    ['/public/v1/networks?lang=en', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } }],
    ['/public/v1/networks?limit=5&page=2', { headers: { 'accept-encoding': 'gzip', 'accept-language': 'en-GB,en;q=0.8' } }],
    ['/public/v1/networks/eurocities', { headers: { 'accept-encoding': 'br', accept: 'application/ld+json' } }],
    ['/public/v1/networks/eurocities?format=jsonld', { headers: { 'accept-encoding': 'gzip' } }],
    ['/public/v1/events?when=all', { headers: { 'accept-encoding': 'gzip' } }],
    ['/public/v1/events.ics', { headers: { 'accept-encoding': 'gzip' } }],
    ['/public/v1/tandems?lang=de&limit=1', { headers: { 'accept-encoding': 'gzip' } }],
  ]

  it('sends what Express sends for cache hits of /public/v1, in every encoding, and counts them against the limit', async () => {
    for (const [path, options] of publicCases) {
      const { express, fast, inFront } = await both(path, options)
      const label = `${options.method ?? 'GET'} ${path} ${JSON.stringify(options.headers ?? {})}`
      expect(express.status, label).toBe(200)
      expect(inFront, label).toBe(true)
      expect(fast.status, label).toBe(express.status)
      expect(comparable(fast.headers), label).toEqual(comparable(express.headers))
      expect(decode(fast), label).toEqual(decode(express))
      // Counted twice after Express's answer: the first front answer and the replayed one.
      expect(Number(fast.headers['ratelimit-remaining']), label).toBe(Number(express.headers['ratelimit-remaining']) - 2)
    }
  })

  it('answers If-None-Match with the same 304 and a preflight with the same 204', async () => {
    const path = '/public/v1/networks?lang=en'
    const { headers } = await ask(viaExpress, path, { headers: { 'accept-encoding': 'gzip' } })
    const etag = String(headers.etag)
    const notModified = await both(path, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } })
    expect(notModified.express.status).toBe(304)
    expect(notModified.inFront).toBe(true)
    expect(notModified.fast.status).toBe(304)
    expect(notModified.fast.body.length).toBe(0)
    expect(comparable(notModified.fast.headers)).toEqual(comparable(notModified.express.headers))

    const preflight = await both('/public/v1/events?when=all', {
      method: 'OPTIONS',
      headers: { origin: 'https://www.hamm.de', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    })
    expect(preflight.express.status).toBe(204)
    expect(preflight.inFront).toBe(true)
    expect(preflight.fast.status).toBe(204)
    expect(preflight.fast.headers).toEqual({ ...preflight.express.headers, date: preflight.fast.headers.date })
  })

  it('leaves misses and errors to Express', async () => {
    for (const path of ['/public/v1/networks?limit=1000', '/public/v1/networks/no-such-network', '/public/v1/nothing']) {
      const { express, fast, inFront } = await both(path)
      expect(inFront, path).toBe(false)
      expect(fast.status, path).toBe(express.status)
      expect(fast.headers['content-type'], path).toMatch(/^application\/problem\+json/)
    }
    const post = await ask(viaFront, '/public/v1/networks', { method: 'POST' })
    expect(post.status).toBe(405)
  })

  it('serves the widget files as the build compressed them, with the headers of the Express route', async () => {
    const { hashedName, integrity, dir } = widgetBundle()
    const source = fs.readFileSync(`${dir}/vie-widgets.js`)
    const cases: [string, Ask][] = [
      ['/widgets/v1/vie-widgets.js', { headers: { 'accept-encoding': 'br, gzip' } }],
      ['/widgets/v1/vie-widgets.js', { headers: { 'accept-encoding': 'gzip' } }],
      ['/widgets/v1/vie-widgets.js', {}],
      ['/widgets/v1/vie-widgets.js', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } }],
      [`/widgets/v1/${hashedName}`, { headers: { 'accept-encoding': 'br' } }],
      ['/widgets/v1/vie-widgets.js.map', { headers: { 'accept-encoding': 'gzip' } }],
      ['/widgets/v1/custom-elements.json', { headers: { 'accept-encoding': 'br' } }],
    ]
    for (const [path, options] of cases) {
      const { express, fast, inFront } = await both(path, options)
      const label = `${options.method ?? 'GET'} ${path} ${JSON.stringify(options.headers ?? {})}`
      expect(express.status, label).toBe(200)
      expect(inFront, label).toBe(true)
      expect(fast.headers, label).toEqual({ ...express.headers, date: fast.headers.date })
      expect(fast.body, label).toEqual(express.body)
      expect(fast.headers['access-control-allow-origin'], label).toBe('*')
      expect(fast.headers['x-content-type-options'], label).toBe('nosniff')
    }

    const gzip = await ask(viaFront, '/widgets/v1/vie-widgets.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.headers.vary).toBe('Accept-Encoding')
    expect(gzip.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(zlib.gunzipSync(gzip.body)).toEqual(source)
    // The build's maximum-level file, byte for byte: nothing was compressed per request.
    expect(gzip.body).toEqual(fs.readFileSync(`${dir}/vie-widgets.js.gz`))
    const br = await ask(viaFront, '/widgets/v1/vie-widgets.js', { headers: { 'accept-encoding': 'br' } })
    expect(zlib.brotliDecompressSync(br.body)).toEqual(source)
    expect(br.body).toEqual(fs.readFileSync(`${dir}/vie-widgets.js.br`))
    const plain = await ask(viaFront, '/widgets/v1/vie-widgets.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toEqual(source)

    const revalidated = await both('/widgets/v1/vie-widgets.js', { headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gzip.headers.etag) } })
    expect(revalidated.fast.status).toBe(304)
    expect(revalidated.fast.body.length).toBe(0)
    expect(revalidated.fast.headers).toEqual({ ...revalidated.express.headers, date: revalidated.fast.headers.date })

    const sri = await ask(viaFront, '/widgets/v1/integrity.json')
    expect(JSON.parse(sri.body.toString())).toEqual({ stable: '/widgets/v1/vie-widgets.js', hashed: `/widgets/v1/${hashedName}`, integrity })
    expect((await ask(viaFront, '/widgets/v1/missing.js')).status).toBe(404)
  })

  it('still limits the rate: past the burst the front listener hands over and Express answers 429', async () => {
    const path = '/public/v1/networks?lang=en'
    let last = await ask(viaFront, path, { headers: { 'accept-encoding': 'gzip' } })
    for (let n = 0; n < BURST && last.status === 200; n += 1) last = await ask(viaFront, path, { headers: { 'accept-encoding': 'gzip' } })
    expect(last.status).toBe(429)
    expect(answeredInFront()).toBe(false)
    expect(last.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(last.headers['retry-after']).toMatch(/^\d+$/)
    expect(last.headers['ratelimit-remaining']).toBe('0')
    expect(last.headers['access-control-allow-origin']).toBe('*')
    const viaExpressToo = await ask(viaExpress, path, { headers: { 'accept-encoding': 'gzip' } })
    expect(viaExpressToo.status).toBe(429)
    expect(comparable(last.headers)).toEqual(comparable(viaExpressToo.headers))
  })
})
