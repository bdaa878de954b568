import type { Lang } from '@vie/types'

export const LANGS: readonly Lang[] = ['de', 'en']
export const DEFAULT_LANG: Lang = 'de'

export const isLang = (value: unknown): value is Lang => value === 'de' || value === 'en'

/**
 * The best of our languages for an Accept-Language header (RFC 9110 §12.5.4): highest q wins,
 * `de-AT` counts as `de`, `*` as the default; nothing acceptable gives the default too, because
 * a German answer beats a 406 for a public register.
 */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG
  let best: { lang: Lang; q: number } | null = null
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.trim().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1
    if (!Number.isFinite(q) || q <= 0) continue
    const primary = range.trim().toLowerCase().split('-')[0]
    const lang = primary === '*' ? DEFAULT_LANG : primary
    if (isLang(lang) && (!best || q > best.q)) best = { lang, q }
  }
  return best?.lang ?? DEFAULT_LANG
}
