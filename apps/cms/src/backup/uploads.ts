import fs from 'node:fs'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'

/** An upload collection and the folder its files live in. */
export type UploadDir = { slug: string; staticDir: string }

export const uploadDirs = (config: SanitizedConfig): UploadDir[] =>
  config.collections.flatMap((collection) =>
    collection.upload && collection.upload.staticDir
      ? [{ slug: collection.slug, staticDir: path.resolve(collection.upload.staticDir) }]
      : [],
  )

const entryName = (slug: string, filename: string) => `media/${slug}/${filename}`

export class MissingMediaError extends Error {}

/**
 * The files the database snapshot refers to, as archive entries. A file that disappeared after
 * the snapshot (an image deleted meanwhile) makes the caller take a fresh snapshot.
 */
export function collectMedia(dirs: UploadDir[], referenced: Map<string, string[]>): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>()
  const missing: string[] = []
  for (const { slug, staticDir } of dirs) {
    for (const filename of new Set(referenced.get(slug) ?? [])) {
      const file = path.join(staticDir, path.basename(filename))
      if (fs.existsSync(file)) entries.set(entryName(slug, filename), fs.readFileSync(file))
      else missing.push(file)
    }
  }
  if (missing.length > 0) throw new MissingMediaError(`files referenced by the database are missing: ${missing.join(', ')}`)
  return entries
}

/** Writes the archive's media back into each collection's folder; other files there stay. */
export function restoreMedia(dirs: UploadDir[], entries: Map<string, Uint8Array>): number {
  let written = 0
  for (const { slug, staticDir } of dirs) {
    const prefix = entryName(slug, '')
    for (const [name, bytes] of entries) {
      if (!name.startsWith(prefix)) continue
      fs.mkdirSync(staticDir, { recursive: true })
      // basename: an archive cannot write outside the upload folder.
      fs.writeFileSync(path.join(staticDir, path.basename(name.slice(prefix.length))), bytes)
      written += 1
    }
  }
  return written
}
