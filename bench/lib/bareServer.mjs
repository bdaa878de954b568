/**
 * The machine's limit for the public API's bench: a bare `node:http` server that answers each
 * path with bytes held in memory (the same gzip bytes VIE sends) and nothing else: no routing,
 * no middleware, three headers. Run as its own process, like the VIE server, so it does not
 * share the load generator's event loop. Usage: node bareServer.mjs <manifest.json>, where the
 * manifest lists { path, file, contentType, contentEncoding }; prints "listening on PORT".
 */
import fs from 'node:fs'
import http from 'node:http'

const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const answers = new Map(
  manifest.map(({ path, file, contentType, contentEncoding }) => {
    const body = fs.readFileSync(file)
    const encoding = contentEncoding === 'identity' ? {} : { 'Content-Encoding': contentEncoding }
    return [path, { body, headers: { 'Content-Type': contentType, ...encoding, 'Content-Length': body.length } }]
  }),
)

const server = http.createServer((req, res) => {
  const answer = answers.get(req.url)
  if (!answer) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, answer.headers).end(answer.body)
})
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening on ${server.address().port}\n`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
