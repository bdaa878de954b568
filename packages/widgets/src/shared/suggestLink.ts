import type { Lang } from '@vie/types'
import { html, type TemplateResult } from 'lit'

import type { Strings } from './strings'

export type ContributableCollection = 'networks' | 'tandems' | 'municipalities'

/** The VIE page where anyone may propose a correction to one record (`/contribute/<collection>/<slug>`). */
export const suggestUrl = (api: string, collection: ContributableCollection, slug: string, lang: Lang): string =>
  `${api.replace(/\/+$/, '')}/contribute/${collection}/${encodeURIComponent(slug)}?lang=${lang}`

/** "Suggest a change", naming the record for screen readers, who hear the link out of its card. */
export const suggestLink = (href: string, name: string, t: Pick<Strings, 'suggestChange'>): TemplateResult =>
  html`<a part="link suggest" href=${href}>${t.suggestChange}<span class="visually-hidden"> – ${name}</span></a>`
