import type { NetworkDetail } from '@vie/types'
import type { TemplateResult } from 'lit'

import { baseStyles } from '../shared/base.styles'
import { headingLevel } from '../shared/heading'
import { RecordCard } from '../shared/RecordCard'
import type { Answers, RenderContext } from '../shared/VieElement'
import { renderNetworkCard } from './renderNetworkCard'

/**
 * One network of the register as a card: name, acronym, category and scope, founding year,
 * member count, themes, summary, website and the date the facts were taken.
 *
 * @element vie-network-card
 * @attr slug - The network's slug, e.g. `eurocities` (required).
 * @attr heading-level - Level of the network's name heading, 1–6 (default 3).
 * @attr suggest - Show a "Suggest a change" link to the network's contribution page on VIE (off by default).
 * @csspart card - The card.
 * @csspart heading - The network's name.
 * @csspart acronym - The acronym after the name.
 * @csspart badge - Category and scope badges (also `category`, `scope`).
 * @csspart summary - The short description.
 * @csspart facts - Founding year and member count.
 * @csspart themes - The list of themes.
 * @csspart link - The website link and the "Suggest a change" link.
 * @csspart suggest - The "Suggest a change" link.
 * @csspart as-of - "Information as of" date.
 */
export class VieNetworkCard extends RecordCard<NetworkDetail> {
  static override styles = baseStyles

  protected override readonly collection = 'networks'

  protected override renderData([network]: Answers<NetworkDetail>, context: RenderContext): TemplateResult {
    return renderNetworkCard(network, context, headingLevel(this.headingLevel, 3), this.suggestHref('networks', network.slug, context))
  }
}
