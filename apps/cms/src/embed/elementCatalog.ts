import fs from 'node:fs'
import path from 'node:path'

import { widgetBundle } from './widgetBundle'

export type CatalogAttribute = { name: string; description: string }
export type CatalogElement = { tag: string; description: string; attributes: CatalogAttribute[] }

type Manifest = {
  modules: { declarations?: { tagName?: string; customElement?: boolean; description?: string; attributes?: { name: string; description?: string }[] }[] }[]
}

let cached: CatalogElement[] | undefined

/**
 * The elements and their attributes, read from the custom-elements manifest the widgets build
 * writes, so the snippet builder and the frame pages accept exactly what the elements document.
 */
export function elementCatalog(): CatalogElement[] {
  if (!cached) {
    const file = path.join(widgetBundle().dir, 'custom-elements.json')
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
    cached = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d): d is typeof d & { tagName: string } => Boolean(d.customElement && d.tagName))
      .map((d) => ({
        tag: d.tagName,
        description: d.description ?? '',
        attributes: (d.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '' })),
      }))
  }
  return cached
}

export const findElement = (tag: string): CatalogElement | undefined => elementCatalog().find((e) => e.tag === tag)

/** Attributes an embed may set from a query string: all documented ones except `api`, which always names this server. */
export function attributesFromQuery(element: CatalogElement, query: Record<string, unknown>): Record<string, string | true> {
  const picked: Record<string, string | true> = {}
  for (const { name } of element.attributes) {
    const value = query[name]
    if (name === 'api' || typeof value !== 'string' || value.trim() === '') continue
    picked[name] = name === 'controls' ? true : value.trim().slice(0, 200)
  }
  return picked
}
