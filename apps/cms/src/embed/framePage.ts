import { esc } from './html'
import { elementTag, scriptTag } from './snippets'
import type { WidgetBundle } from './widgetBundle'

/**
 * One element alone on a page, for partner sites that may embed iframes but no scripts. It
 * reports its height to the embedding page (frame-height.js), which may size the iframe.
 */
export function framePage(tag: string, attributes: Record<string, string | true>, bundle: WidgetBundle): string {
  const lang = attributes.lang === 'en' ? 'en' : 'de'
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(tag)}</title>
<link rel="stylesheet" href="/embed/assets/frame.css">
${scriptTag('', bundle)}
<script type="module" src="/embed/assets/frame-height.js"></script>
</head>
<body>
${elementTag(tag, attributes)}
</body>
</html>`
}
