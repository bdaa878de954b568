import express from 'express'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'

import { clientAddressOf } from '../../src/server/clientAddress'

/** The front listener counts a request against the bucket Express's `req.ip` names for it. */
describe('client address outside Express', () => {
  const compare = async (trustProxy: boolean, forwardedFor?: string): Promise<{ express?: string; front?: string }> => {
    const app = express()
    app.set('trust proxy', trustProxy)
    const front = clientAddressOf(app)
    app.get('/', (req, res) => {
      res.json({ express: req.ip, front: front(req) })
    })
    const server = http.createServer(app)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })
      return (await res.json()) as { express?: string; front?: string }
    } finally {
      server.close()
    }
  }

  it.each([
    [false, undefined],
    [false, '203.0.113.7'],
    [true, undefined],
    [true, '203.0.113.7'],
    [true, ' 203.0.113.7 , 198.51.100.2'],
  ])('is req.ip with trust proxy %s and X-Forwarded-For %s', async (trustProxy, forwardedFor) => {
    const { express: expected, front } = await compare(trustProxy, forwardedFor)
    expect(front).toBe(expected)
    expect(front).toBe(trustProxy && forwardedFor ? '203.0.113.7' : '127.0.0.1')
  })
})
