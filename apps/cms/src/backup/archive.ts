import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'

/** First line of every VIE backup: lets restore refuse any other file before it touches data. */
const MAGIC = 'VIE-BACKUP'
export const ARCHIVE_VERSION = 1

/** `sqlite`: the database file itself; `json`: every collection exported through Payload. */
export type BackupFormat = 'sqlite' | 'json'

export type ArchiveEntry = { name: string; size: number; sha256: string }

export type Manifest = {
  app: 'vie'
  version: number
  format: BackupFormat
  createdAt: string
  entries: ArchiveEntry[]
}

export class NotABackupError extends Error {}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/**
 * One gzip file: the magic line, the manifest as one JSON line, then the entries' bytes back to
 * back. Sizes and checksums in the manifest let restore detect truncation or damage.
 */
export function writeArchive(file: string, format: BackupFormat, entries: Map<string, Uint8Array>): Manifest {
  const manifest: Manifest = {
    app: 'vie',
    version: ARCHIVE_VERSION,
    format,
    createdAt: new Date().toISOString(),
    entries: [...entries].map(([name, bytes]) => ({ name, size: bytes.byteLength, sha256: sha256(bytes) })),
  }
  const head = Buffer.from(`${MAGIC}\n${JSON.stringify(manifest)}\n`)
  const temporary = `${file}.partial`
  fs.writeFileSync(temporary, gzipSync(Buffer.concat([head, ...entries.values()])))
  // A backup that exists under its final name is complete.
  fs.renameSync(temporary, file)
  return manifest
}

export type Archive = { manifest: Manifest; entries: Map<string, Buffer> }

const refuse = (file: string, why: string): never => {
  throw new NotABackupError(`${file} is not a VIE backup (${why}); nothing was changed`)
}

export function readArchive(file: string): Archive {
  if (!fs.existsSync(file)) throw new NotABackupError(`${file} does not exist; nothing was changed`)
  let bytes: Buffer
  try {
    bytes = gunzipSync(fs.readFileSync(file))
  } catch {
    return refuse(file, 'not a gzip file')
  }
  const magicEnd = bytes.indexOf('\n')
  if (bytes.subarray(0, magicEnd).toString() !== MAGIC) refuse(file, 'no VIE-BACKUP header')
  const manifestEnd = bytes.indexOf('\n', magicEnd + 1)
  let manifest: Manifest
  try {
    manifest = JSON.parse(bytes.subarray(magicEnd + 1, manifestEnd).toString()) as Manifest
  } catch {
    return refuse(file, 'unreadable manifest')
  }
  if (manifest.app !== 'vie' || manifest.version !== ARCHIVE_VERSION) {
    refuse(file, `unsupported backup version ${String(manifest.version)}`)
  }
  const entries = new Map<string, Buffer>()
  let offset = manifestEnd + 1
  for (const entry of manifest.entries) {
    const content = bytes.subarray(offset, offset + entry.size)
    if (content.byteLength !== entry.size || sha256(content) !== entry.sha256) {
      refuse(file, `entry ${entry.name} is truncated or damaged`)
    }
    entries.set(entry.name, content)
    offset += entry.size
  }
  return { manifest, entries }
}
