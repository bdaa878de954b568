import type { Lang, Localized } from '@vie/types'
import { html, nothing, type TemplateResult } from 'lit'

/** The language a text is in when the API had to fall back for it. */
export const fallbackLang = (lang: Lang): Lang => (lang === 'de' ? 'en' : 'de')

/**
 * A record's text; when the API had to fall back to the other language for `field`, the text is
 * marked with that language so screen readers pronounce it right inside the widget.
 */
export function localizedText(
  record: Localized,
  field: string,
  text: string | null | undefined,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!text) return nothing
  return record.fallback.includes(field) ? html`<span lang=${fallbackLang(lang)}>${text}</span>` : html`${text}`
}
