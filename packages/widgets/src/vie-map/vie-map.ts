import type { MunicipalityFeature, MunicipalityFeatureCollection, MunicipalityRole } from '@vie/types'
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit'

import { apiUrl } from '../shared/api'
import { baseStyles } from '../shared/base.styles'
import { countryName, formatNumber } from '../shared/format'
import { heading, headingLevel } from '../shared/heading'
import { panelStyles } from '../shared/panel.styles'
import { type Answers, type RenderContext, VieElement } from '../shared/VieElement'
import { type Cluster, clusterMarkers } from './cluster'
import { EUROPE } from './europe.generated'
import { asRole, type MapFilters, matches, type Placed, ROLES, slugList, tandemLines } from './mapFilters'
import { type MapStrings, mapStrings } from './mapStrings'
import { project } from './project'
import { type Box, boxAround, fitBox } from './viewBox'
import { mapStyles } from './vie-map.styles'

const FULL: Box = [0, 0, EUROPE.width, EUROPE.height]
/** The width in CSS pixels assumed until the element has measured itself. */
const ASSUMED_WIDTH = 600
/** Marker radius in CSS pixels, whatever the zoom and the element's width. */
const RADIUS = 7
/** A cluster grows with its size up to this factor; markers closer than twice that merge, so none overlap. */
const MAX_GROWTH = 1.5

/** The countries never change, so their template is built once for every map on the page. */
const land = svg`<g class="land" aria-hidden="true">${EUROPE.countries.map((c) => svg`<path d=${c.d}></path>`)}</g>`
const countryBox = new Map(EUROPE.countries.filter((c) => c.code).map((c) => [c.code, c.box]))

const clusterKey = (c: Cluster): string => c.members[0]!.feature.id

/**
 * A map of Europe with the register's municipalities: members of networks, tandem partners and
 * event places, tandems drawn as lines between their partners, markers that overlap merged into
 * one that zooms in. Drawn from Natural Earth shapes shipped with the element: no tiles, no other
 * host. Every marker is reachable with the keyboard (one tab stop, arrow keys between markers),
 * and the same municipalities are one toggle away as a list.
 *
 * @element vie-map
 * @attr network - One or more network slugs (space- or comma-separated): their member municipalities.
 * @attr tandem - One or more tandem slugs: their partner municipalities.
 * @attr topic - One or more topic slugs: municipalities whose networks, tandems or events have one of them.
 * @attr kind - `member` (of a network), `tandem-partner` or `event-place`; the reader can change it.
 * @attr country - ISO 3166-1 alpha-2 code of the country shown first (default: all of Europe).
 * @attr view - `map` (default) or `list`: what shows first.
 * @attr heading-level - Level of the heading of a chosen municipality's details, 1–6 (default 3).
 * @csspart toolbar - The count, the kind and view selects and the list toggle.
 * @csspart count - The number of municipalities shown.
 * @csspart map - The SVG map.
 * @csspart marker - One marker (a municipality, or several close together).
 * @csspart details - The chosen municipality's facts below the map.
 * @csspart list - The list view.
 * @csspart attribution - The source of the country borders.
 */
export class VieMap extends VieElement<MunicipalityFeatureCollection> {
  static override styles = [baseStyles, panelStyles, mapStyles]
  static override properties: PropertyDeclarations = {
    network: { type: String },
    tandem: { type: String },
    topic: { type: String },
    kind: { type: String },
    country: { type: String },
    view: { type: String },
    features: { attribute: false },
    chosenKind: { state: true, attribute: false },
    listShown: { state: true, attribute: false },
    box: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    focusKey: { state: true, attribute: false },
    pixelWidth: { state: true, attribute: false },
  }

  declare network: string | undefined
  declare tandem: string | undefined
  declare topic: string | undefined
  declare kind: string | undefined
  declare country: string | undefined
  declare view: string | undefined
  /** The answer of `/public/v1/municipalities.geojson`, shown as given and nothing fetched (the admin dashboard). */
  declare features: MunicipalityFeatureCollection | undefined
  declare private chosenKind: MunicipalityRole | '' | undefined
  declare private listShown: boolean | undefined
  /** The part of the map the reader zoomed to; none: the `country` attribute's, else Europe. */
  declare private box: Box | undefined
  declare private selected: string | undefined
  /** The marker that holds the map's one tab stop. */
  declare private focusKey: string | undefined
  /** The element's width on screen, so markers keep their size in pixels. */
  declare private pixelWidth: number
  private moveFocus = false
  private clusters: Cluster[] = []
  private readonly resize = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width
    if (width && Math.abs(width - this.pixelWidth) >= 1) this.pixelWidth = width
  })

  constructor() {
    super()
    this.pixelWidth = ASSUMED_WIDTH
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.resize.observe(this)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.resize.disconnect()
  }

  protected override requestUrls({ api, lang }: RenderContext): string[] | null {
    return this.features ? null : [apiUrl(api, 'municipalities.geojson', { lang })]
  }

  protected override givenData(): Answers<MunicipalityFeatureCollection> | undefined {
    return this.features ? [this.features] : undefined
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('country')) this.box = undefined
  }

  protected override updated(): void {
    if (!this.moveFocus) return
    this.moveFocus = false
    this.renderRoot.querySelector<SVGElement>('.marker[tabindex="0"]')?.focus()
  }

  private filters(): MapFilters {
    return {
      network: slugList(this.network),
      tandem: slugList(this.tandem),
      topic: slugList(this.topic),
      kind: this.chosenKind === undefined ? asRole(this.kind) : this.chosenKind || null,
    }
  }

  private currentBox(): Box {
    if (this.box) return this.box
    const start = this.country ? countryBox.get(this.country.toUpperCase()) : undefined
    return start ? fitBox(start, EUROPE) : FULL
  }

  private zoomTo(box: Box): void {
    this.box = box
    this.focusKey = undefined
  }

  private readonly onZoomSelect = (event: Event) => {
    const code = (event.target as HTMLSelectElement).value
    const box = countryBox.get(code)
    this.zoomTo(box ? fitBox(box, EUROPE) : FULL)
  }

  private readonly onKindSelect = (event: Event) => {
    this.chosenKind = asRole((event.target as HTMLSelectElement).value) ?? ''
    this.focusKey = undefined
  }

  private activate(cluster: Cluster): void {
    if (cluster.members.length === 1) {
      const slug = cluster.members[0]!.feature.id
      this.selected = this.selected === slug ? undefined : slug
      return
    }
    this.zoomTo(fitBox(boxAround(cluster.members), EUROPE, 0.25, 30))
    this.moveFocus = true
  }

  private readonly onMarkerKey = (event: KeyboardEvent) => {
    const index = this.clusters.findIndex((c) => clusterKey(c) === this.focusKey)
    const last = this.clusters.length - 1
    const next: Record<string, number> = {
      ArrowRight: Math.min(index + 1, last),
      ArrowDown: Math.min(index + 1, last),
      ArrowLeft: Math.max(index - 1, 0),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    }
    if (event.key in next) {
      event.preventDefault()
      const target = this.clusters[next[event.key]!]
      if (target) this.focusKey = clusterKey(target)
      this.moveFocus = true
      this.requestUpdate()
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      const cluster = this.clusters[index]
      if (cluster) this.activate(cluster)
    }
  }

  protected override renderData([collection]: Answers<MunicipalityFeatureCollection>, context: RenderContext): TemplateResult {
    const t = mapStrings(context.lang)
    const filters = this.filters()
    const placed: Placed[] = collection.features
      .filter((f) => f.geometry && matches(f, filters))
      .map((feature) => {
        const [lng, lat] = feature.geometry!.coordinates
        const [x, y] = project(EUROPE.projection, lng, lat)
        return { feature, x, y }
      })
    const list = this.listShown ?? this.view === 'list'
    const count = t.municipalityCount(formatNumber(placed.length, context.locale), placed.length === 1)
    return html`<div class="toolbar" part="toolbar">
        <p class="count" part="count" role="status">${count}</p>
        ${this.renderKindSelect(filters.kind, t)} ${list ? nothing : this.renderZoomSelect(placed, t, context.locale)}
        <button type="button" part="button" aria-pressed=${list ? 'true' : 'false'} @click=${() => (this.listShown = !list)}>${t.showList}</button>
      </div>
      ${placed.length === 0
        ? html`<p class="state" part="empty">${t.none}</p>`
        : list
          ? this.renderList(placed, t, context)
          : this.renderMap(placed, t, context)}
      <p class="attribution muted" part="attribution">${t.attribution}</p>`
  }

  private renderKindSelect(kind: MunicipalityRole | null, t: MapStrings): TemplateResult {
    return html`<label
      >${t.kind}
      <select @change=${this.onKindSelect}>
        <option value="" ?selected=${!kind}>${t.anyKind}</option>
        ${ROLES.map((role) => html`<option value=${role} ?selected=${kind === role}>${t.roles[role]}</option>`)}
      </select></label
    >`
  }

  private renderZoomSelect(placed: Placed[], t: MapStrings, locale: string): TemplateResult {
    const codes = [...new Set(placed.map((p) => p.feature.properties.country as string))].filter((code) => countryBox.has(code))
    const named = codes.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale))
    const box = this.currentBox()
    const current = named.find(({ code }) => fitBox(countryBox.get(code)!, EUROPE).join() === box.join())?.code ?? ''
    return html`<label
      >${t.zoomTo}
      <select @change=${this.onZoomSelect}>
        <option value="" ?selected=${current === ''}>${t.europe}</option>
        ${named.map(({ code, name }) => html`<option value=${code} ?selected=${current === code}>${name}</option>`)}
      </select></label
    >`
  }

  private renderMap(placed: Placed[], t: MapStrings, context: RenderContext): TemplateResult {
    const box = this.currentBox()
    const unit = box[2] / this.pixelWidth
    const r = RADIUS * unit
    const clusters = clusterMarkers(placed, 2 * MAX_GROWTH * r).sort((a, b) =>
      a.members[0]!.feature.properties.name.localeCompare(b.members[0]!.feature.properties.name, context.locale),
    )
    this.clusters = clusters
    const focusKey = clusters.some((c) => clusterKey(c) === this.focusKey) ? this.focusKey : clusters[0] && clusterKey(clusters[0])
    const lines = tandemLines(placed)
    const selected = placed.find((p) => p.feature.id === this.selected)
    return html`<svg
        part="map"
        viewBox=${box.join(' ')}
        role="group"
        aria-label=${t.mapLabel(formatNumber(placed.length, context.locale))}
        aria-describedby="key-help"
        @keydown=${this.onMarkerKey}
      >
        ${land}
        <g aria-hidden="true">${lines.map(([a, b]) => svg`<line class="tandem" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>`)}</g>
        <g>
          ${clusters.map((cluster) => {
            const key = clusterKey(cluster)
            const n = cluster.members.length
            const size = n > 1 ? r * (1 + ((MAX_GROWTH - 1) * Math.min(n, 50)) / 50) : r
            return svg`<g
              class=${`marker${n === 1 && key === this.selected ? ' selected' : ''}`}
              part="marker"
              role="button"
              tabindex=${key === focusKey ? '0' : '-1'}
              data-slugs=${cluster.members.map((m) => m.feature.id).join(' ')}
              aria-label=${n === 1 ? this.markerLabel(cluster.members[0]!.feature, t, context.locale) : t.cluster(formatNumber(n, context.locale), cluster.members.map((m) => m.feature.properties.name).join(', '))}
              transform=${`translate(${cluster.x} ${cluster.y})`}
              @click=${() => this.activate(cluster)}
              @focus=${() => this.focusKey !== key && (this.focusKey = key)}
            >
              <circle class="ring" r=${size + 3 * unit}></circle>
              <circle class="dot" r=${size}></circle>
              ${n > 1 ? svg`<text font-size=${10 * unit}>${n}</text>` : nothing}
            </g>`
          })}
        </g>
      </svg>
      <p id="key-help" class="visually-hidden">${t.keyHelp}</p>
      ${box !== FULL ? html`<p class="actions"><button type="button" part="button" @click=${() => this.zoomTo(FULL)}>${t.resetZoom}</button></p>` : nothing}
      <div class="details" part="details" aria-live="polite">${selected ? this.renderDetails(selected.feature, t, context) : nothing}</div>`
  }

  private markerLabel(feature: MunicipalityFeature, t: MapStrings, locale: string): string {
    const p = feature.properties
    return `${p.name} (${countryName(p.country, locale)}): ${[t.networks(p.networkCount), t.tandems(p.tandemCount), t.events(p.eventCount)].join(', ')}`
  }

  private renderFacts(feature: MunicipalityFeature, t: MapStrings, locale: string): TemplateResult {
    const p = feature.properties
    return html`<p class="muted">${countryName(p.country, locale)}${p.population !== null ? html` · ${t.population}: ${formatNumber(p.population, locale)}` : nothing}</p>
      <p>${[t.networks(p.networkCount), t.tandems(p.tandemCount), t.events(p.eventCount)].join(' · ')}</p>`
  }

  private renderDetails(feature: MunicipalityFeature, t: MapStrings, { locale }: RenderContext): TemplateResult {
    return html`<div class="card">
      ${heading(headingLevel(this.headingLevel, 3), feature.properties.name)} ${this.renderFacts(feature, t, locale)}
      <button type="button" part="button" @click=${() => (this.selected = undefined)}>${t.close}</button>
    </div>`
  }

  private renderList(placed: Placed[], t: MapStrings, { locale }: RenderContext): TemplateResult {
    const level = headingLevel(this.headingLevel, 3)
    return html`<ul class="places" part="list">
      ${placed.map(({ feature }) => html`<li data-slug=${feature.id}>${heading(level, feature.properties.name)} ${this.renderFacts(feature, t, locale)}</li>`)}
    </ul>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vie-map': VieMap
  }
}
