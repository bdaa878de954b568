import { foundingSubtypes, type Stats } from '@vie/types'
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit'

import { apiUrl } from '../shared/api'
import { baseStyles } from '../shared/base.styles'
import { formatNumber } from '../shared/format'
import { heading, headingLevel } from '../shared/heading'
import { panelStyles } from '../shared/panel.styles'
import { type Answers, type RenderContext, VieElement } from '../shared/VieElement'
import { type Bar, barChart, timeline } from './charts'
import { type StatsStrings, statsStrings } from './statsStrings'
import { statsStyles } from './vie-network-stats.styles'

export const CHARTS = ['category', 'initiative', 'founded', 'members'] as const
export type ChartName = (typeof CHARTS)[number]

type Figure = { name: ChartName; title: string; summary: string; chart: TemplateResult; table: TemplateResult }

/** How many of the largest networks the members chart names in its summary. */
const NAMED_LARGEST = 3

/**
 * Charts of the study's figures from `/public/v1/stats`: networks per category, per founding
 * initiative and sub-type, founding years as a timeline and members per network. Every chart has
 * a text summary (also its accessible name) and its numbers as a table one click away.
 *
 * @element vie-network-stats
 * @attr charts - Which charts, in this order (space- or comma-separated): `category`, `initiative`, `founded`, `members` (default: all).
 * @attr heading-level - Level of each chart's heading, 1–6 (default 3).
 * @csspart figure - One chart with its heading, summary and table.
 * @csspart chart - The SVG chart.
 * @csspart summary - The chart's text summary.
 * @csspart table - The data table.
 */
export class VieNetworkStats extends VieElement<Stats> {
  static override styles = [baseStyles, panelStyles, statsStyles]
  static override properties: PropertyDeclarations = { charts: { type: String }, stats: { attribute: false } }

  declare charts: string | undefined
  /** The answer of `/public/v1/stats`, shown as given and nothing fetched. */
  declare stats: Stats | undefined

  protected override requestUrls({ api, lang }: RenderContext): string[] | null {
    return this.stats ? null : [apiUrl(api, 'stats', { lang })]
  }

  protected override givenData(): Answers<Stats> | undefined {
    return this.stats ? [this.stats] : undefined
  }

  private chosen(): ChartName[] {
    const asked = (this.charts ?? '').split(/[\s,]+/).filter((name): name is ChartName => (CHARTS as readonly string[]).includes(name))
    return asked.length ? asked : [...CHARTS]
  }

  protected override renderData([stats]: Answers<Stats>, { lang, locale }: RenderContext): TemplateResult {
    const t = statsStrings(lang)
    const n = (value: number) => formatNumber(value, locale)
    const level = headingLevel(this.headingLevel, 3)
    const figures = this.chosen().map((name) => this.figure(name, stats, t, locale, n))
    return html`<section class="charts" aria-label=${t.chartsLabel}>
      ${figures.map(
        (f) => html`<figure part="figure" data-chart=${f.name}>
          ${heading(level, f.title)}
          <p id=${`summary-${f.name}`} part="summary">${f.summary}</p>
          ${f.chart}
          <details>
            <summary>${t.showTable}</summary>
            ${f.table}
          </details>
        </figure>`,
      )}
    </section>`
  }

  private figure(name: ChartName, stats: Stats, t: StatsStrings, locale: string, n: (v: number) => string): Figure {
    const id = `summary-${name}`
    const { networks } = stats
    switch (name) {
      case 'category':
        return this.bars(name, t.byCategory, t.kind, networks.byCategory.map((b) => ({ label: b.label, value: b.count })), t, locale, n, id, networks.total)
      case 'initiative': {
        const bars: Bar[] = networks.byFoundingInitiative.flatMap((initiative) => [
          { label: initiative.label, value: initiative.count },
          ...networks.byFoundingSubtype
            .filter((sub) => foundingSubtypes.find((s) => s.value === sub.value)?.initiative === initiative.value)
            .map((sub) => ({ label: sub.label, value: sub.count, sub: true })),
        ])
        return this.bars(name, t.byInitiative, t.kind, bars, t, locale, n, id, networks.total)
      }
      case 'founded': {
        const years = networks.byFoundedYear.map((b) => ({ year: Number(b.value), value: b.count }))
        const founded = years.reduce((sum, y) => sum + y.value, 0)
        const peak = [...years].sort((a, b) => b.value - a.value || a.year - b.year)[0]
        const summary = peak
          ? `${t.span(String(years[0]!.year), String(years[years.length - 1]!.year), n(founded))} ${t.peak(String(peak.year), n(peak.value))}`
          : t.noData
        return {
          name,
          title: t.byFoundedYear,
          summary,
          chart: years.length ? timeline(years, locale, id) : html``,
          table: this.table(t.year, years.map((y) => ({ label: String(y.year), value: y.value })), n),
        }
      }
      case 'members': {
        const bars = networks.byMemberCount.map((b) => ({ label: b.label, value: b.count }))
        const largest = bars.slice(0, NAMED_LARGEST).map((b) => `${b.label} (${n(b.value)})`)
        return {
          name,
          title: t.byMembers,
          summary: bars.length ? `${t.counted(n(bars.length))} ${t.largest(largest.join(', '))}` : t.noData,
          chart: bars.length ? barChart(bars, locale, id) : html``,
          table: this.table(t.network, bars, n, t.members),
        }
      }
    }
  }

  private bars(name: ChartName, title: string, column: string, bars: Bar[], t: StatsStrings, locale: string, n: (v: number) => string, id: string, total: number): Figure {
    const top = [...bars].filter((b) => !b.sub).sort((a, b) => b.value - a.value)[0]
    return {
      name,
      title,
      summary: top ? `${t.totalNetworks(n(total))} ${t.most(top.label, n(top.value))}` : t.noData,
      chart: bars.length ? barChart(bars, locale, id) : html``,
      table: this.table(column, bars, n),
    }
  }

  private table(column: string, rows: Bar[], n: (v: number) => string, valueColumn?: string): TemplateResult {
    const t = statsStrings(this.resolvedLang)
    return html`<table part="table">
      <thead>
        <tr><th scope="col">${column}</th><th scope="col">${valueColumn ?? t.value}</th></tr>
      </thead>
      <tbody>
        ${rows.map((r) => html`<tr><th scope="row" class=${r.sub ? 'sub' : nothing}>${r.label}</th><td class="number">${n(r.value)}</td></tr>`)}
      </tbody>
    </table>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vie-network-stats': VieNetworkStats
  }
}
