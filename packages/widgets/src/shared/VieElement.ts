import type { Lang } from '@vie/types'
import { initialState, Task, TaskStatus } from '@lit/task'
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit'

import { ApiError, getJson } from './api'
import { scriptOrigin } from './apiBase'
import { localeFor, resolveLang } from './lang'
import { whenNearViewport } from './nearViewport'
import { httpUrl } from './safeUrl'
import { stringsFor, type Strings } from './strings'

export type Theme = 'light' | 'dark' | 'auto'

/** One answer per requested URL; never empty, since a key with no URL requests nothing. */
export type Answers<T> = [T, ...T[]]

/** What a subclass is given to render its data. */
export type RenderContext = { lang: Lang; t: Strings; locale: string; api: string }

/**
 * What every VIE element shares: the common attributes (`api`, `lang`, `theme`,
 * `heading-level`), loading once the element nears the viewport, one shared request, and the
 * loading, error and fallback states. A subclass says which URL it needs and how to show the answer.
 *
 * @slot - Fallback content (e.g. a link to the record), shown until the data is there, on error, and without JavaScript.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - The error message with retry button and data link.
 * @csspart button - Buttons.
 * @csspart link - Links.
 * @cssproperty --vie-font-family - Typeface (default: the system's sans-serif).
 * @cssproperty --vie-font-size - Base size every other size derives from (default 16px).
 * @cssproperty --vie-color-text - Text colour.
 * @cssproperty --vie-color-muted - Secondary text (labels, dates, counts).
 * @cssproperty --vie-color-background - Background.
 * @cssproperty --vie-color-surface - Background of events, partners, controls and placeholders.
 * @cssproperty --vie-color-border - Card borders.
 * @cssproperty --vie-color-accent - Links, buttons and the events' edge.
 * @cssproperty --vie-color-on-accent - Text on the accent colour (pressed buttons).
 * @cssproperty --vie-color-badge - Badge background.
 * @cssproperty --vie-color-alert - Text of "cancelled" and "postponed".
 * @cssproperty --vie-color-alert-background - Background of those badges.
 * @cssproperty --vie-color-focus - Keyboard focus ring.
 * @cssproperty --vie-radius - Corner radius (default 8px).
 * @fires vie-load - The data arrived and is shown; `detail.urls` are the requests.
 * @fires vie-error - The request failed; `detail.url` and `detail.status` (0: API not reached).
 */
export abstract class VieElement<T> extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String },
    langAttribute: { attribute: 'lang' },
    theme: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    near: { state: true, attribute: false },
  }

  /** Base URL of the VIE server; default: the origin the script was loaded from. */
  declare api: string | undefined
  /** Mirrors the `lang` attribute only so that changing it re-renders; read `lang` or `resolvedLang`. */
  declare langAttribute: string | undefined
  /** `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  declare theme: Theme
  /** Level of the element's top headings, so it fits the host page's outline. */
  declare headingLevel: number | undefined
  declare protected near: boolean

  private stopWatching: (() => void) | undefined
  /** The last data shown, kept while a changed query loads so lists do not flash empty. */
  protected lastData: Answers<T> | undefined

  /**
   * The requests as one string (URLs joined by spaces, which URLs never contain): the task reruns
   * when it changes, and a string compares by value where an array would not.
   */
  protected readonly task = new Task<[string], Answers<T>>(this, {
    task: ([key]) => (key ? (Promise.all(key.split(' ').map((url) => getJson<T>(url))) as Promise<Answers<T>>) : initialState),
    args: () => [this.near ? (this.requestUrls(this.context())?.join(' ') ?? '') : ''],
    onComplete: (data) => {
      this.lastData = data
      this.dispatchEvent(new CustomEvent('vie-load', { detail: { urls: this.requestUrls(this.context()) }, bubbles: true, composed: true }))
    },
    onError: (error) => {
      const detail = error instanceof ApiError ? { url: error.url, status: error.status } : { url: null, status: 0 }
      this.dispatchEvent(new CustomEvent('vie-error', { detail, bubbles: true, composed: true }))
    },
  })

  constructor() {
    super()
    this.theme = 'light'
    this.near = false
  }

  /** The URLs this element needs now (usually one), or null while its attributes make no valid query. */
  protected abstract requestUrls(context: RenderContext): string[] | null

  /** Shows the answers, one per URL of `requestUrls`, in that order. */
  protected abstract renderData(data: Answers<T>, context: RenderContext): TemplateResult

  /** Data given to the element instead of fetched (see RecordCard's `record`); none by default. */
  protected givenData(): Answers<T> | undefined {
    return undefined
  }

  /** Placeholder shapes while loading; subclasses may draw their own. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>`
  }

  get resolvedLang(): Lang {
    return resolveLang(this)
  }

  protected context(): RenderContext {
    const lang = this.resolvedLang
    return { lang, t: stringsFor(lang), locale: localeFor(lang), api: httpUrl(this.api) ?? scriptOrigin }
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (!this.near) this.stopWatching = whenNearViewport(this, () => (this.near = true))
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopWatching?.()
  }

  /** Host content written inside the element: the fallback that shows until data is there. */
  private hasFallback(): boolean {
    return Array.from(this.childNodes).some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim())
  }

  protected override render(): TemplateResult {
    const context = this.context()
    return html`<div class="base" part="base" lang=${context.lang}>${this.renderState(context)}</div>`
  }

  private renderState(context: RenderContext): TemplateResult {
    const given = this.givenData()
    if (given) return html`<div>${this.renderData(given, context)}</div>`
    const { status, value, error } = this.task
    if (status === TaskStatus.ERROR) return this.renderError(error, context)
    const data = status === TaskStatus.COMPLETE ? value : status === TaskStatus.PENDING ? this.lastData : undefined
    // One template for fresh and refreshing data, so controls keep their focus while a changed query loads.
    if (data) return html`<div aria-busy=${status === TaskStatus.PENDING}>${this.renderData(data, context)}</div>`
    // Attributes that make no query (a card without slug) leave only the host's content.
    if (this.near && !this.requestUrls(context)) return html`<slot></slot>`
    return html`<div aria-busy="true">
      <slot></slot>
      ${this.hasFallback() ? nothing : html`${this.renderSkeleton()}<span class="visually-hidden">${context.t.loading}</span>`}
    </div>`
  }

  private renderError(error: unknown, { t }: RenderContext): TemplateResult {
    const notFound = error instanceof ApiError && error.status === 404
    const url = error instanceof ApiError ? error.url : undefined
    return html`<div class="state error" part="error">
      <slot></slot>
      <p>${notFound ? t.notFound : t.loadError}</p>
      <p class="actions">
        ${notFound ? nothing : html`<button type="button" part="button" @click=${() => void this.task.run()}>${t.retry}</button>`}
        ${url ? html`<a part="link" href=${url}>${t.openData}</a>` : nothing}
      </p>
    </div>`
  }
}
