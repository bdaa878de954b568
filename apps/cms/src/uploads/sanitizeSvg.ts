import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'

/** A reference inside the same document (`#gradient`) is the only kind a logo may keep. */
const isLocalReference = (value: string): boolean => value.trim().startsWith('#')

/** `url(#id)` points into the logo itself; any other `url(…)` and `@import` would load from elsewhere. */
const EXTERNAL_URL = /url\(\s*(?!['"]?\s*#)[^)]*\)/gi
const IMPORT_RULE = /@import[^;]*;?/gi

const withoutExternalUrls = (css: string): string => css.replace(IMPORT_RULE, '').replace(EXTERNAL_URL, 'none')

const purifier = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis)

purifier.addHook('uponSanitizeAttribute', (_node, data) => {
  const name = data.attrName.toLowerCase()
  if ((name === 'href' || name === 'xlink:href') && !isLocalReference(data.attrValue)) data.keepAttr = false
  // Presentation attributes such as fill="url(…)" load like `style` does.
  if (/url\(|@import/i.test(data.attrValue)) data.attrValue = withoutExternalUrls(data.attrValue)
})

purifier.addHook('afterSanitizeElements', (node) => {
  if (node.nodeName.toLowerCase() === 'style' && node.textContent) node.textContent = withoutExternalUrls(node.textContent)
})

/**
 * Strips an uploaded SVG down to drawing: no script, no event handlers, no foreign HTML, and no
 * reference that would make a viewer fetch from another host (links, external images, `url(…)`
 * in styles). Served from this origin, a logo could otherwise run script or track its viewers.
 */
export function sanitizeSvg(svg: string): string {
  const clean = purifier.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['foreignObject', 'script', 'a'],
    WHOLE_DOCUMENT: false,
  })
  return clean.startsWith('<svg') ? `<?xml version="1.0" encoding="UTF-8"?>\n${clean}` : clean
}
