import type { Lang, Localized } from '@vie/types'
import { html, nothing, type TemplateResult } from 'lit'

/**
 * A record's text; when the API had to fall back to German for `field`, the text is marked
 * `lang="de"` so screen readers pronounce it as German inside an English widget.
 */
export function localizedText(
  record: Localized,
  field: string,
  text: string | null | undefined,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!text) return nothing
  return lang !== 'de' && record.fallback.includes(field) ? html`<span lang="de">${text}</span>` : html`${text}`
}
