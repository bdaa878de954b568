import { documentStart } from './html'
import { elementTag, scriptTag } from './snippets'
import type { WidgetBundle } from './widgetBundle'

/**
 * One element alone on a page, for partner sites that may embed iframes but no scripts. It
 * reports its height to the embedding page (frame-height.js), which may size the iframe.
 */
export function framePage(tag: string, attributes: Record<string, string | true>, bundle: WidgetBundle): string {
  const lang = attributes.lang === 'en' ? 'en' : 'de'
  const head = ['<link rel="stylesheet" href="/embed/assets/frame.css">', scriptTag('', bundle), '<script type="module" src="/embed/assets/frame-height.js"></script>']
  return `${documentStart(lang, tag, head)}
<body>
${elementTag(tag, attributes)}
</body>
</html>`
}
