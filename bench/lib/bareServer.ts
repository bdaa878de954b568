import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

export type RawAnswer = { status: number; contentType: string; contentEncoding: string; body: Buffer }

/** One GET with the given headers, the body exactly as sent (fetch would decompress it). */
export function rawGet(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'] ?? 'application/octet-stream',
            contentEncoding: res.headers['content-encoding'] ?? 'identity',
            body: Buffer.concat(chunks),
          }),
        )
      })
      .on('error', reject)
  })
}

export type BareServer = { url: string; pid: number; stop: () => Promise<void> }

/** Starts `bareServer.mjs` in its own process, answering each path with its bytes. */
export async function startBareServer(answers: Map<string, RawAnswer>): Promise<BareServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-bench-bare-'))
  const manifest = [...answers].map(([urlPath, answer], i) => {
    const file = path.join(dir, `answer-${i}`)
    fs.writeFileSync(file, answer.body)
    return { path: urlPath, file, contentType: answer.contentType, contentEncoding: answer.contentEncoding }
  })
  const manifestFile = path.join(dir, 'manifest.json')
  fs.writeFileSync(manifestFile, JSON.stringify(manifest))
  const child = spawn(process.execPath, [path.join(path.dirname(new URL(import.meta.url).pathname), 'bareServer.mjs'), manifestFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const port = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening on (\d+)/.exec(out)
      if (match?.[1]) resolve(match[1])
    })
    void exited.then(() => reject(new Error(`the bare server exited before listening: ${out}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
