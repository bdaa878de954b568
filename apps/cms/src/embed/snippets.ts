import { attrs } from './html'
import { STABLE_NAME } from './bundleName'
import type { WidgetBundle } from './widgetBundle'

/** The script tag a partner page needs once: pinned with SRI, or the always-newest stable name. */
export function scriptTag(origin: string, bundle: Pick<WidgetBundle, 'hashedName' | 'integrity'>, pinned = true): string {
  const src = `${origin}/widgets/v1/${pinned ? bundle.hashedName : STABLE_NAME}`
  return `<script${attrs({ type: 'module', src, integrity: pinned ? bundle.integrity : undefined, crossorigin: pinned ? 'anonymous' : undefined })}></script>`
}

export const elementTag = (tag: string, attributes: Record<string, string | true>, content = ''): string =>
  `<${tag}${attrs(attributes)}>${content}</${tag}>`

export function frameUrl(origin: string, tag: string, attributes: Record<string, string | true>): string {
  const query = new URLSearchParams(Object.entries(attributes).map(([k, v]) => [k, v === true ? 'true' : v]))
  const search = query.toString()
  return `${origin}/embed/frame/${tag}${search ? `?${search}` : ''}`
}

export const iframeTag = (src: string, title: string): string =>
  `<iframe${attrs({ src, title, 'data-vie-frame': true, loading: 'lazy', width: '100%', height: '480' })}></iframe>`
