import type { Lang } from '@vie/types'

/** `de`, `de-AT`, `DE` → `de`; `en-GB` → `en`; anything else → null. */
export function normalizeLang(tag: string | null | undefined): Lang | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0]
  return primary === 'de' || primary === 'en' ? primary : null
}

/** The nearest `lang` attribute, crossing shadow roots so a widget inside another component still finds its page's language. */
function nearestLangAttribute(start: Element): string | null {
  let node: Element | null = start
  while (node) {
    const found: Element | null = node.closest('[lang]')
    if (found) return found.getAttribute('lang')
    const root = node.getRootNode()
    node = root instanceof ShadowRoot ? root.host : null
  }
  return null
}

/**
 * The widget's language: its own or the nearest `lang`, then `<html lang>`. A page in a third
 * language (a French partner city) reads English more likely than German; a page that states no
 * language gets the register's default, German.
 */
export function resolveLang(element: Element): Lang {
  const declared = nearestLangAttribute(element) ?? element.ownerDocument.documentElement.getAttribute('lang')
  if (!declared?.trim()) return 'de'
  return normalizeLang(declared) ?? 'en'
}

/** A BCP 47 locale for Intl: the reader's own regional variant when it is of the widget's language. */
export function localeFor(lang: Lang, preferred: readonly string[] = navigator.languages): string {
  return preferred.find((tag) => normalizeLang(tag) === lang && tag.includes('-')) ?? (lang === 'de' ? 'de-DE' : 'en-GB')
}
