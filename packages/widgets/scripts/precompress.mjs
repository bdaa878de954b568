/**
 * Writes `<file>.gz` and `<file>.br` next to every built file of dist/ (the bundle, its chunks,
 * source maps, the manifest, the library build), so the server sends these bytes as they are
 * instead of compressing the same file on every request. Maximum levels: this runs once a build.
 * Files under 1 KiB stay as they are, like the server's on-the-fly compression leaves them.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const THRESHOLD = 1024
const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist')

let written = 0
for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || /\.(gz|br)$/.test(entry.name)) continue
  const file = path.join(entry.parentPath, entry.name)
  const body = fs.readFileSync(file)
  if (body.length < THRESHOLD) continue
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION }))
  fs.writeFileSync(
    `${file}.br`,
    zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  )
  written += 1
}
process.stdout.write(`precompressed ${written} files in dist/ (gzip and brotli)\n`)
