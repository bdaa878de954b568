import { html, type TemplateResult } from 'lit'

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

/** A `heading-level` attribute value clamped to 1–6, or `fallback` when missing or not a number. */
export function headingLevel(value: number | null | undefined, fallback: HeadingLevel, offset = 0): HeadingLevel {
  const level = Number.isInteger(value) ? (value as number) + offset : fallback + offset
  return Math.min(6, Math.max(1, level)) as HeadingLevel
}

/**
 * A real `<hN>` (not `role="heading"`), so the widget joins the host page's outline at the level
 * the host chose. Lit cannot bind a tag name, hence one template per level.
 */
export function heading(level: HeadingLevel, content: unknown, part = 'heading'): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`
    case 2:
      return html`<h2 part=${part}>${content}</h2>`
    case 3:
      return html`<h3 part=${part}>${content}</h3>`
    case 4:
      return html`<h4 part=${part}>${content}</h4>`
    case 5:
      return html`<h5 part=${part}>${content}</h5>`
    case 6:
      return html`<h6 part=${part}>${content}</h6>`
  }
}
