import type { JsonObject } from 'payload'

import type { DatabaseDump } from './databaseDump'
import { storedFilenames } from './sqliteFile'
import type { UploadDir } from './uploads'

/** Upload collections' tables are named after the slug in snake case. */
const tableOf = (slug: string) => slug.replace(/-/g, '_')

export async function sqliteMediaReferences(dbFile: string, dirs: UploadDir[]): Promise<Map<string, string[]>> {
  const references = new Map<string, string[]>()
  for (const { slug } of dirs) references.set(slug, await storedFilenames(dbFile, tableOf(slug)))
  return references
}

const filenamesOf = (doc: JsonObject): string[] => {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null }>)
  return [doc.filename, ...sizes.map((size) => size.filename)].filter((name): name is string => typeof name === 'string')
}

export const dumpMediaReferences = (dump: DatabaseDump, dirs: UploadDir[]): Map<string, string[]> =>
  new Map(dirs.map(({ slug }) => [slug, (dump.collections[slug]?.docs ?? []).flatMap(filenamesOf)]))
