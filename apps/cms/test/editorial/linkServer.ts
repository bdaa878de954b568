import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type LinkServer = { url: string; hits: { method: string; path: string; userAgent: string }[]; close: () => Promise<void> }

/**
 * A local web server standing in for partner sites: `/ok` answers 200, `/missing` 404, `/moved`
 * redirects to `/ok`, `/no-head` refuses HEAD with 405 but answers GET.
 */
export async function startLinkServer(): Promise<LinkServer> {
  const hits: LinkServer['hits'] = []
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    hits.push({ method: req.method ?? '', path, userAgent: req.headers['user-agent'] ?? '' })
    if (path === '/ok') res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
    else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end()
    else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end()
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
