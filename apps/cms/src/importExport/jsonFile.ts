import type { EditorialSlug } from './collections'
import type { FlatRow } from './flatRecord'
import { importMessages as m } from './messages'
import { FileError, type ParsedFile } from './parsedFile'

export type JsonExport = { collection: EditorialSlug; records: FlatRow[] }

export const toJsonFile = (collection: EditorialSlug, records: FlatRow[]): string => `${JSON.stringify({ collection, records } satisfies JsonExport, null, 2)}\n`

export function parseJsonFile(collection: EditorialSlug, content: string): ParsedFile {
  let data: unknown
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch {
    throw new FileError(m.notJson)
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { records?: unknown }).records)) throw new FileError(m.jsonShape)
  const { collection: found, records } = data as { collection?: unknown; records: unknown[] }
  if (typeof found === 'string' && found !== collection) throw new FileError(m.otherCollection(found, collection))
  if (!records.every((r) => r && typeof r === 'object' && !Array.isArray(r))) throw new FileError(m.jsonShape)
  if (records.length === 0) throw new FileError(m.empty)
  const objects = records as Record<string, unknown>[]
  return { keys: [...new Set(objects.flatMap((r) => Object.keys(r)))], records: objects }
}
