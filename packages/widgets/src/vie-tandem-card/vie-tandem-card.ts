import type { TandemDetail } from '@vie/types'
import type { TemplateResult } from 'lit'

import { baseStyles } from '../shared/base.styles'
import { headingLevel } from '../shared/heading'
import { RecordCard } from '../shared/RecordCard'
import type { Answers, RenderContext } from '../shared/VieElement'
import { renderTandemCard } from './renderTandemCard'
import { tandemCardStyles } from './vie-tandem-card.styles'

/**
 * A city partnership (tandem or tridem): the partner municipalities with country and
 * population, status, period, topics and key results.
 *
 * @element vie-tandem-card
 * @attr slug - The tandem's slug, e.g. `hamm-arezzo` (required).
 * @attr heading-level - Level of the tandem's title heading, 1–6 (default 3); "Key results" is one below.
 * @attr suggest - Show "Suggest a change" links to the contribution pages of the tandem and of each partner municipality on VIE (off by default).
 * @csspart card - The card.
 * @csspart heading - The tandem's title.
 * @csspart subheading - The "key results" heading.
 * @csspart badge - Kind, status and period badges (also `kind`, `status`, `period`).
 * @csspart partners - The list of partner municipalities.
 * @csspart partner - One partner municipality.
 * @csspart summary - Why the partners were matched.
 * @csspart topics - The list of topics.
 * @csspart results - The key results.
 * @csspart link - The "Suggest a change" links.
 * @csspart suggest - The "Suggest a change" links.
 */
export class VieTandemCard extends RecordCard<TandemDetail> {
  static override styles = [baseStyles, tandemCardStyles]

  protected override readonly collection = 'tandems'

  protected override renderData([tandem]: Answers<TandemDetail>, context: RenderContext): TemplateResult {
    return renderTandemCard(tandem, context, headingLevel(this.headingLevel, 3), (collection, slug) => this.suggestHref(collection, slug, context))
  }
}
