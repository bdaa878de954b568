import type { TandemDetail, TandemMunicipality, TandemPeriod } from '@vie/types'
import { html, nothing, type TemplateResult } from 'lit'

import { countryName, formatNumber } from '../shared/format'
import { heading, headingLevel, type HeadingLevel } from '../shared/heading'
import { fallbackLang, localizedText } from '../shared/localizedText'
import { type ContributableCollection, suggestLink } from '../shared/suggestLink'
import type { RenderContext } from '../shared/VieElement'

type Context = Pick<RenderContext, 'lang' | 't' | 'locale'>

/** Where to suggest a change to a record, or null when the card offers no such links. */
export type SuggestHref = (collection: ContributableCollection, slug: string) => string | null

function period({ start, end, approximate }: TandemPeriod, context: Context): string | null {
  if (start === null && end === null) return null
  const years = start !== null && end !== null && start !== end ? `${start}–${end}` : String(start ?? end)
  return approximate ? `${context.t.approximately} ${years}` : years
}

function partner(municipality: TandemMunicipality, { t, locale }: Context, suggestHref: SuggestHref): TemplateResult {
  const suggest = suggestHref('municipalities', municipality.slug)
  return html`<li part="partner">
    <strong>${municipality.name}</strong>
    <span class="muted">
      ${countryName(municipality.country, locale)}${municipality.population === null
        ? nothing
        : html` · ${formatNumber(municipality.population, locale)} ${t.inhabitants}`}
    </span>
    ${suggest ? suggestLink(suggest, municipality.name, t) : nothing}
  </li>`
}

/** A tandem or tridem: the partners, its status and period, topics and key results. */
export function renderTandemCard(tandem: TandemDetail, context: Context, level: HeadingLevel, suggestHref: SuggestHref = () => null): TemplateResult {
  const { lang, t } = context
  const span = period(tandem.period, context)
  const sub = headingLevel(level, level, 1)
  const suggestTandem = suggestHref('tandems', tandem.slug)
  return html`<article class="card" part="card">
    ${heading(level, localizedText(tandem, 'title', tandem.title, lang))}
    <ul class="badges">
      <li class="badge" part="badge kind">${tandem.kind.label}</li>
      <li class="badge" part="badge status">${tandem.status.label}</li>
      ${span ? html`<li class="badge" part="badge period">${span}</li>` : nothing}
    </ul>
    <ul class="partners" part="partners" aria-label=${t.partners}>
      ${tandem.municipalities.map((m) => partner(m, context, suggestHref))}
    </ul>
    <p part="summary">${localizedText(tandem, 'summary', tandem.summary, lang)}</p>
    ${tandem.topics.length
      ? html`<ul class="tags" part="topics" aria-label=${t.topics}>
          ${tandem.topics.map((topic) => html`<li>${topic.label}</li>`)}
        </ul>`
      : nothing}
    ${tandem.results.length
      ? html`<section part="results">
          ${heading(sub, t.results, 'subheading')}
          <ul class="results" lang=${tandem.fallback.includes('results') ? fallbackLang(lang) : lang}>
            ${tandem.results.map((result) => html`<li>${result}</li>`)}
          </ul>
        </section>`
      : nothing}
    ${suggestTandem ? html`<p class="actions">${suggestLink(suggestTandem, tandem.title, t)}</p>` : nothing}
  </article>`
}
