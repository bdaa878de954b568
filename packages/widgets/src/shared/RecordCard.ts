import type { PropertyDeclarations } from 'lit'

import { apiUrl } from './api'
import { type RenderContext, VieElement } from './VieElement'

/** An element that shows one record, named by its `slug`, from `/public/v1/<collection>/<slug>`. */
export abstract class RecordCard<T> extends VieElement<T> {
  static override properties: PropertyDeclarations = { slug: { type: String } }

  /** The record's slug (required). */
  declare slug: string | undefined

  protected abstract readonly collection: 'networks' | 'tandems'

  protected override requestUrls({ api, lang }: RenderContext): string[] | null {
    return this.slug ? [apiUrl(api, `${this.collection}/${encodeURIComponent(this.slug)}`, { lang })] : null
  }
}
