import { html, nothing, svg, type TemplateResult } from 'lit'

import { formatNumber } from '../shared/format'

/** One bar: its label, value, and whether it is a part of the bar above (a sub-type under its initiative). */
export type Bar = { label: string; value: number; sub?: boolean }

const WIDTH = 480
const ROW = 44
/** Columns narrower than this get no number on top (they would overlap); the table has them all. */
const MIN_LABELLED_STEP = 18

/**
 * Horizontal bars with the label above each bar and the value at its end, so long labels need no
 * wrapping. The chart is a picture (`role="img"`) labelled by the figure's text summary.
 */
export function barChart(bars: Bar[], locale: string, summaryId: string): TemplateResult {
  const max = Math.max(1, ...bars.map((b) => b.value))
  const height = bars.length * ROW
  return html`<svg class="chart" viewBox=${`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby=${summaryId} part="chart">
    ${bars.map((bar, i) => {
      const x = bar.sub ? 24 : 0
      const width = ((WIDTH - 80 - x) * bar.value) / max
      const y = i * ROW
      return svg`<g class=${bar.sub ? 'bar sub' : 'bar'} data-label=${bar.label} data-value=${bar.value}>
        <text class="label" x=${x} y=${y + 14}>${bar.label}</text>
        <rect x=${x} y=${y + 20} width=${Math.max(width, 1)} height="16" rx="2"></rect>
        <text class="value" x=${x + width + 6} y=${y + 33}>${formatNumber(bar.value, locale)}</text>
      </g>`
    })}
  </svg>`
}

/** Counts per year as columns from the first to the last year, years without any as gaps; a tick every decade. */
export function timeline(years: { year: number; value: number }[], locale: string, summaryId: string): TemplateResult {
  const first = Math.min(...years.map((y) => y.year))
  const last = Math.max(...years.map((y) => y.year))
  const max = Math.max(1, ...years.map((y) => y.value))
  const span = last - first + 1
  const step = (WIDTH - 20) / span
  const top = 20
  const base = 160
  // Decades, and the ends unless a decade sits too close to them to leave room for both labels.
  const ticks = Array.from({ length: span }, (_, i) => first + i).filter(
    (year) => year === first || year === last || (year % 10 === 0 && year - first >= 4 && last - year >= 4),
  )
  return html`<svg class="chart" viewBox=${`0 0 ${WIDTH} ${base + 28}`} role="img" aria-labelledby=${summaryId} part="chart">
    <line class="axis" x1="10" x2=${WIDTH - 10} y1=${base} y2=${base}></line>
    ${years.map(({ year, value }) => {
      const h = ((base - top) * value) / max
      const x = 10 + (year - first) * step
      return svg`<g class="bar" data-label=${year} data-value=${value}>
        <rect x=${x + step * 0.15} y=${base - h} width=${Math.max(step * 0.7, 1)} height=${h}></rect>
        ${step >= MIN_LABELLED_STEP || value === max ? svg`<text class="value" x=${x + step / 2} y=${base - h - 4} text-anchor="middle">${formatNumber(value, locale)}</text>` : nothing}
      </g>`
    })}
    ${ticks.map((year) => svg`<text class="tick" x=${10 + (year - first + 0.5) * step} y=${base + 20} text-anchor="middle">${year}</text>`)}
  </svg>`
}
