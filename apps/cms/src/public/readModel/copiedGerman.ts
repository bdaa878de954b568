import { GERMAN_FROM_ENGLISH } from '../../admin/bilingual/listFields'

type Doc = Record<string, unknown>

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null

/**
 * A record whose German texts at the marked paths are copies of the English (see
 * `germanFromEnglish`): the copy exists so the record can be published, but for a reader it is
 * English, so the read model treats the German as missing and marks the English as fallback.
 */
export function withoutCopiedGerman<T>(doc: T): T {
  const paths = isDoc(doc) ? doc[GERMAN_FROM_ENGLISH] : undefined
  if (!Array.isArray(paths) || paths.length === 0) return doc
  const copy = structuredClone(doc) as Doc
  for (const path of paths) {
    if (typeof path !== 'string') continue
    const value = path.split('.').reduce<unknown>((at, key) => (isDoc(at) ? at[key] : undefined), copy)
    if (isDoc(value) && 'de' in value) value.de = null
  }
  return copy as T
}
