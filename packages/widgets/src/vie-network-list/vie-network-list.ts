import type { NetworkPage } from '@vie/types'
import { TaskStatus } from '@lit/task'
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit'

import { baseStyles } from '../shared/base.styles'
import { formatNumber } from '../shared/format'
import { headingLevel } from '../shared/heading'
import { panelStyles } from '../shared/panel.styles'
import { suggestUrl } from '../shared/suggestLink'
import { type Answers, type RenderContext, VieElement } from '../shared/VieElement'
import { renderNetworkCard } from '../vie-network-card/renderNetworkCard'
import { type NetworkFilters, networkPageUrls, pageSize } from './networkQuery'
import { renderControls } from './renderControls'
import { networkListStyles } from './vie-network-list.styles'

const FILTERS = ['category', 'initiative', 'scope', 'topic', 'municipality', 'sort', 'q'] as const

/**
 * The directory of networks, filtered by attributes and, with `controls`, by the reader through
 * a search box and filter selects. Shows the number of results (announced to screen readers),
 * a "load more" button while more pages exist, and an empty state.
 *
 * @element vie-network-list
 * @attr category - Category of the study: `national-smart-city`, `international-smart-city`, `eu-thematic`, `city-region-network`.
 * @attr initiative - Founding initiative: `top-down` or `bottom-up`.
 * @attr scope - Geographic scope: `national`, `european` or `global`.
 * @attr topic - One or more topic slugs (space- or comma-separated); networks with at least one of them.
 * @attr municipality - Slug of a member municipality.
 * @attr q - Initial full-text search.
 * @attr sort - `name` (default), `-name`, `founded`, `-founded`, `updated`, `-updated`.
 * @attr limit - Networks per page, 1–100 (default 10).
 * @attr controls - Show the search box and filter controls.
 * @attr suggest - Show a "Suggest a change" link on each network's card (off by default).
 * @attr heading-level - Level of each network's name heading, 1–6 (default 3).
 * @csspart controls - The search and filter form.
 * @csspart control - One labelled control (the search box also `search`).
 * @csspart count - The number of results.
 * @csspart list - The list of networks.
 * @csspart card - One network's card (and every part of `<vie-network-card>`).
 * @csspart empty - The message when nothing matches.
 * @csspart more - The "load more" button.
 */
export class VieNetworkList extends VieElement<NetworkPage> {
  static override styles = [baseStyles, panelStyles, networkListStyles]
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries(FILTERS.map((name) => [name, { type: String }])),
    limit: { type: Number },
    controls: { type: Boolean },
    suggest: { type: Boolean },
    pages: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
  }

  declare category: NetworkFilters['category']
  declare initiative: NetworkFilters['initiative']
  declare scope: NetworkFilters['scope']
  declare topic: string | undefined
  declare municipality: string | undefined
  declare sort: NetworkFilters['sort']
  declare q: string | undefined
  declare limit: number | undefined
  declare controls: boolean
  declare suggest: boolean
  /** How many pages "load more" has fetched so far. */
  declare private pages: number
  /** What the reader chose in the controls; it wins over the attributes. */
  declare private chosen: NetworkFilters
  /** Index of the first entry "load more" added, to move focus there once it renders. */
  private focusFrom: number | null = null

  constructor() {
    super()
    this.controls = false
    this.suggest = false
    this.pages = 1
    this.chosen = {}
  }

  private filters(): NetworkFilters {
    const fromAttributes: NetworkFilters = Object.fromEntries(FILTERS.map((name) => [name, this[name] || undefined]))
    return { ...fromAttributes, ...this.chosen }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ([...FILTERS, 'limit', 'chosen'].some((name) => changed.has(name))) this.pages = 1
  }

  protected override requestUrls({ api, lang }: RenderContext): string[] {
    return networkPageUrls(api, this.filters(), pageSize(this.limit), this.pages, lang)
  }

  protected override updated(): void {
    if (this.focusFrom === null || this.task.status !== TaskStatus.COMPLETE) return
    this.renderRoot.querySelector<HTMLElement>(`.list > li:nth-child(${this.focusFrom + 1})`)?.focus()
    this.focusFrom = null
  }

  private choose(name: keyof NetworkFilters, value: string): void {
    this.chosen = { ...this.chosen, [name]: value || undefined }
  }

  private readonly handlers = {
    onSubmit: (event: SubmitEvent) => {
      event.preventDefault()
      const form = event.currentTarget as HTMLFormElement
      this.choose('q', String(new FormData(form).get('q') ?? '').trim())
    },
    onChange: (event: Event) => {
      const target = event.target
      if (target instanceof HTMLSelectElement) this.choose(target.name as keyof NetworkFilters, target.value)
    },
    onReset: () => {
      this.chosen = Object.fromEntries(FILTERS.map((name) => [name, undefined]))
    },
  }

  private loadMore(loaded: number): void {
    this.focusFrom = loaded
    this.pages += 1
  }

  protected override renderData(pages: Answers<NetworkPage>, context: RenderContext): TemplateResult {
    const { lang, t, locale } = context
    const items = pages.flatMap((page) => page.items)
    const { total } = pages[0]
    const last = pages[pages.length - 1] ?? pages[0]
    const level = headingLevel(this.headingLevel, 3)
    return html`${this.controls ? renderControls(this.filters(), lang, t, this.handlers) : nothing}
      <p class="count" part="count" role="status">${t.networkCount(formatNumber(total, locale), total === 1)}</p>
      ${items.length
        ? html`<ul class="list" part="list">
            ${items.map((network) => html`<li tabindex="-1">${renderNetworkCard(network, context, level, this.suggest ? suggestUrl(context.api, 'networks', network.slug, context.lang) : null)}</li>`)}
          </ul>`
        : html`<p class="state" part="empty">${t.noNetworks}</p>`}
      ${last.page < last.pages
        ? html`<p class="more">
            <button type="button" part="button more" @click=${() => this.loadMore(items.length)}>${t.loadMore}</button>
          </p>`
        : nothing}`
  }
}
