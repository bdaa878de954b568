import type { PropertyDeclarations } from 'lit'

import { apiUrl } from './api'
import { type ContributableCollection, suggestUrl } from './suggestLink'
import { type Answers, type RenderContext, VieElement } from './VieElement'

/**
 * An element that shows one record, named by its `slug`, from `/public/v1/<collection>/<slug>`,
 * or the record itself given as the `record` property.
 */
export abstract class RecordCard<T> extends VieElement<T> {
  static override properties: PropertyDeclarations = { slug: { type: String }, record: { attribute: false }, suggest: { type: Boolean } }

  /** The record's slug (required unless `record` is set). */
  declare slug: string | undefined
  /**
   * The record as `/public/v1/<collection>/<slug>?lang=…` answers it, shown as given and nothing
   * fetched: the admin previews unsaved changes this way.
   */
  declare record: T | undefined
  /**
   * Show a "Suggest a change" link to the record's contribution page on VIE, where the people who
   * know the facts can send corrections. Off by default: not every partner site wants it.
   */
  declare suggest: boolean

  protected abstract readonly collection: 'networks' | 'tandems'

  constructor() {
    super()
    this.suggest = false
  }

  /** Where to suggest a change to a record of this card, or null when the card offers no such link. */
  protected suggestHref(collection: ContributableCollection, slug: string, { api, lang }: RenderContext): string | null {
    return this.suggest ? suggestUrl(api, collection, slug, lang) : null
  }

  protected override givenData(): Answers<T> | undefined {
    return this.record ? [this.record] : undefined
  }

  protected override requestUrls({ api, lang }: RenderContext): string[] | null {
    return this.record ? null : this.slug ? [apiUrl(api, `${this.collection}/${encodeURIComponent(this.slug)}`, { lang })] : null
  }
}
