import type { Lang, ProposalCollection } from '@vie/types'

import { documentStart, esc } from '../embed/html'
import { elementTag, scriptTag } from '../embed/snippets'
import type { WidgetBundle } from '../embed/widgetBundle'
import { contributeText } from './contributeText'

export type ContributeTarget = { collection: ProposalCollection; slug: string | null }

/** Where the form's page lives: `/contribute/<collection>/<slug>`, or `/contribute/events/new`. */
const contributePath = ({ collection, slug }: ContributeTarget, lang: Lang): string =>
  `/contribute/${collection}/${slug === null ? 'new' : encodeURIComponent(slug)}?lang=${lang}`

/**
 * The page a "Suggest a change" link leads to: VIE's own frame around `<vie-contribution-form>`,
 * which shows the record's current values and sends the proposal to the public API.
 */
export function contributePage(target: ContributeTarget, lang: Lang, bundle: WidgetBundle): string {
  const t = contributeText(lang)
  const other: Lang = lang === 'de' ? 'en' : 'de'
  const title = `${target.slug === null ? t.titleNewEvent : t.titleChange} – VIE`
  const record = target.slug === null ? null : `/public/v1/${target.collection}/${encodeURIComponent(target.slug)}?lang=${lang}`
  const fallback = `<p class="noscript">${esc(t.noScript)}</p>${record ? `<p><a href="${esc(record)}">${esc(t.fallbackLink)}</a></p>` : ''}`
  return `${documentStart(lang, title, ['<link rel="stylesheet" href="/embed/assets/page.css">', scriptTag('', bundle)])}
<body>
<header class="page-header">
  <p><strong>${esc(t.site)}</strong><br><span>${esc(t.tagline)}</span></p>
  <a href="${esc(contributePath(target, other))}" lang="${other}" hreflang="${other}">${esc(t.otherLang)}</a>
</header>
<main>
  ${elementTag('vie-contribution-form', { collection: target.collection, ...(target.slug === null ? {} : { slug: target.slug }), lang, theme: 'auto', 'heading-level': '1' }, fallback)}
</main>
<footer class="page-footer"><p>${esc(t.footer)}</p></footer>
</body>
</html>`
}
