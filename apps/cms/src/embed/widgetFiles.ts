import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { etagOf } from '../public/http/cache'
import { COMPRESS_THRESHOLD, type Encoding } from '../public/http/renderedCache'
import { type WidgetBundle, widgetBundle } from './widgetBundle'

/** One built file of the widgets package, held in memory with the encodings the build made. */
export type WidgetFile = {
  body: Buffer
  encoded: Partial<Record<Encoding, Buffer>>
  etag: string
  contentType: string
}

export type WidgetFiles = {
  bundle: WidgetBundle
  /** By path below dist/ with `/` separators, e.g. `vie-widgets.js`, `chunks/map.js`. */
  files: Map<string, WidgetFile>
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
}

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

/**
 * The encoding `scripts/precompress.mjs` wrote next to `file`, or (a build without that step, as
 * in `pnpm dev`'s watch mode) one made here once, so no request ever compresses. Made here at
 * the compression middleware's brotli quality: every rebuild in watch mode pays for it.
 */
function encodingOf(file: string, body: Buffer, mtimeMs: number, encoding: Encoding): Buffer {
  const sibling = `${file}${SUFFIX[encoding]}`
  try {
    if (fs.statSync(sibling).mtimeMs >= mtimeMs) return fs.readFileSync(sibling)
  } catch {
    // No sibling: compressed below.
  }
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
    : zlib.gzipSync(body)
}

function load(bundle: WidgetBundle): Map<string, WidgetFile> {
  const files = new Map<string, WidgetFile>()
  for (const entry of fs.readdirSync(bundle.dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /\.(gz|br)$/.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    const { mtimeMs } = fs.statSync(file)
    const body = fs.readFileSync(file)
    const encoded: WidgetFile['encoded'] = {}
    if (body.length >= COMPRESS_THRESHOLD) {
      encoded.br = encodingOf(file, body, mtimeMs, 'br')
      encoded.gzip = encodingOf(file, body, mtimeMs, 'gzip')
    }
    const name = path.relative(bundle.dir, file).split(path.sep).join('/')
    files.set(name, { body, encoded, etag: etagOf(body), contentType: TYPES[path.extname(name)] ?? 'application/octet-stream' })
  }
  return files
}

/** A rebuild shows within this long; requests in between never touch the file system. */
const RECHECK_MS = 1000

let cached: (WidgetFiles & { checkedAt: number }) | undefined

/** Every file of the widgets build, read again when the bundle changes (a rebuild in development). */
export function widgetFiles(now = Date.now()): WidgetFiles {
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached
  const bundle = widgetBundle()
  cached = { bundle, files: cached?.bundle === bundle ? cached.files : load(bundle), checkedAt: now }
  return cached
}
