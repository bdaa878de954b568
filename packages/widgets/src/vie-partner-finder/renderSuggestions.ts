import type { PartnerMunicipalitySuggestion, PartnerNetworkSuggestion, PartnerReason, PartnerSuggestions, PartnerTandemSuggestion } from '@vie/types'
import { html, type TemplateResult } from 'lit'

import { apiUrl } from '../shared/api'
import { countryName, formatNumber } from '../shared/format'
import { heading, headingLevel, type HeadingLevel } from '../shared/heading'
import type { RenderContext } from '../shared/VieElement'
import type { FinderStrings } from './finderStrings'

type Context = Pick<RenderContext, 'lang' | 'locale' | 'api'> & { f: FinderStrings }

const percent = (score: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(score)

/** The record in the VIE register, as every card's data link names it. */
const recordUrl = (context: Context, collection: 'municipalities' | 'networks' | 'tandems', slug: string): string =>
  apiUrl(context.api, `${collection}/${encodeURIComponent(slug)}`, { lang: context.lang })

function entry(context: Context, level: HeadingLevel, name: TemplateResult, url: string, detail: string, score: number, reasons: PartnerReason[]): TemplateResult {
  return html`<li class="card suggestion" part="suggestion">
    <div class="suggestion-head">
      ${heading(level, html`<a part="link" href=${url}>${name}</a>`, 'name')}
      <span class="badge" part="badge score">${context.f.score(percent(score, context.locale))}</span>
    </div>
    ${detail ? html`<p class="muted">${detail}</p>` : ''}
    <ul class="reasons" part="reasons" aria-label=${context.f.reasons}>
      ${reasons.map((reason) => html`<li>${reason.text}</li>`)}
    </ul>
  </li>`
}

const municipality = (context: Context, level: HeadingLevel) => (m: PartnerMunicipalitySuggestion) =>
  entry(
    context,
    level,
    html`${m.name}`,
    recordUrl(context, 'municipalities', m.slug),
    [countryName(m.country, context.locale), m.population ? formatNumber(m.population, context.locale) : null].filter(Boolean).join(' · '),
    m.score,
    m.reasons,
  )

const network = (context: Context, level: HeadingLevel) => (n: PartnerNetworkSuggestion) =>
  entry(
    context,
    level,
    html`${n.name}${n.acronym ? ` (${n.acronym})` : ''}`,
    recordUrl(context, 'networks', n.slug),
    n.memberCount ? `${context.f.members}: ${formatNumber(n.memberCount, context.locale)}` : '',
    n.score,
    n.reasons,
  )

const tandem = (context: Context, level: HeadingLevel) => (t: PartnerTandemSuggestion) =>
  entry(
    context,
    level,
    html`${t.name}`,
    recordUrl(context, 'tandems', t.slug),
    t.municipalities.map((m) => `${m.name} (${countryName(m.country, context.locale)})`).join(' · '),
    t.score,
    t.reasons,
  )

function list<T>(title: string, empty: string, items: T[], draw: (item: T) => TemplateResult, level: HeadingLevel, part: string): TemplateResult {
  return html`<section class="list" part=${part}>
    ${heading(level, title, 'list-heading')}
    ${items.length ? html`<ul class="suggestions">${items.map(draw)}</ul>` : html`<p class="muted" part="empty">${empty}</p>`}
  </section>`
}

/** The three ranked lists, each entry with its score, the reasons in the reader's language and a link to its record. */
export function renderSuggestions(suggestions: PartnerSuggestions, context: Context, level: HeadingLevel): TemplateResult {
  const { f } = context
  const sub = headingLevel(level, level, 1)
  return html`${list(f.municipalities, f.noMunicipalities, suggestions.municipalities, municipality(context, sub), level, 'municipalities')}
  ${list(f.networks, f.noNetworks, suggestions.networks, network(context, sub), level, 'networks')}
  ${list(f.tandems, f.noTandems, suggestions.tandems, tandem(context, sub), level, 'tandems')}`
}
