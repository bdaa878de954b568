'use client'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Doc = Record<string, unknown>

/** One request per record and page view, shared by every field of the form. */
const germanDocs = new Map<string, Promise<Doc | null>>()

const loadGerman = (url: string): Promise<Doc | null> => {
  let pending = germanDocs.get(url)
  if (!pending) {
    pending = fetch(url, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<Doc>) : null))
      .catch(() => null)
    germanDocs.set(url, pending)
  }
  return pending
}

const at = (doc: Doc | null, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Doc)[key] : undefined), doc)

/**
 * The German text of the field at `path` while the editor works in another content language
 * (undefined in German, on a new record, or when there is none): what the public sees in
 * place of a missing translation.
 */
export function useGermanText(path: string): string | undefined {
  const { code } = useLocale()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: { serverURL, routes },
  } = useConfig()
  const [text, setText] = useState<string>()

  useEffect(() => {
    if (code === 'de' || !id || !collectionSlug) {
      setText(undefined)
      return
    }
    let current = true
    const url = `${serverURL}${routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}?locale=de&fallback-locale=none&draft=true&depth=0`
    void loadGerman(url).then((doc) => {
      const value = at(doc, path)
      if (current) setText(typeof value === 'string' && value.trim() !== '' ? value : undefined)
    })
    return () => {
      current = false
    }
  }, [code, id, collectionSlug, path, serverURL, routes.api])

  return text
}
