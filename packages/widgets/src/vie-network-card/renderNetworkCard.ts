import type { NetworkCard } from '@vie/types'
import { html, nothing, type TemplateResult } from 'lit'

import { formatMonth, formatNumber } from '../shared/format'
import { heading, type HeadingLevel } from '../shared/heading'
import { localizedText } from '../shared/localizedText'
import { httpUrl } from '../shared/safeUrl'
import { suggestLink } from '../shared/suggestLink'
import type { RenderContext } from '../shared/VieElement'

type Context = Pick<RenderContext, 'lang' | 't' | 'locale'>

/**
 * One network as a card; `<vie-network-list>` shows the same card for each entry. With
 * `suggestHref`, the card links to the page where anyone may propose a correction.
 */
export function renderNetworkCard(network: NetworkCard, context: Context, level: HeadingLevel, suggestHref: string | null = null): TemplateResult {
  const { lang, t, locale } = context
  const website = httpUrl(network.website)
  const facts = [
    network.foundedYear === null ? null : ([t.founded, String(network.foundedYear)] as const),
    network.memberCount === null ? null : ([t.members, formatNumber(network.memberCount, locale)] as const),
  ].filter((fact) => fact !== null)
  return html`<article class="card" part="card">
    ${heading(
      level,
      html`${localizedText(network, 'name', network.name, lang)}${network.acronym
        ? html` <span class="muted" part="acronym">(${network.acronym})</span>`
        : nothing}`,
    )}
    <ul class="badges">
      <li class="badge" part="badge category">${network.category.label}</li>
      ${network.geographicScope ? html`<li class="badge" part="badge scope">${network.geographicScope.label}</li>` : nothing}
    </ul>
    <p part="summary">${localizedText(network, 'summary', network.summary, lang)}</p>
    ${facts.length
      ? html`<dl class="facts" part="facts">
          ${facts.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
        </dl>`
      : nothing}
    ${network.themes.length
      ? html`<ul class="tags" part="themes" aria-label=${t.themes}>
          ${network.themes.map((theme) => html`<li>${theme.label}</li>`)}
        </ul>`
      : nothing}
    <p class="actions">
      ${website
        ? html`<a part="link" href=${website}>${t.website}<span class="visually-hidden"> – ${network.name}</span></a>`
        : nothing}
      ${suggestHref ? suggestLink(suggestHref, network.name, t) : nothing}
      ${network.infoAsOf ? html`<span class="muted" part="as-of">${t.infoAsOf}: ${formatMonth(network.infoAsOf, locale)}</span>` : nothing}
    </p>
  </article>`
}
