import { defineElement } from './define'
import { VieEventList } from './vie-event-list/vie-event-list'
import { VieNetworkCard } from './vie-network-card/vie-network-card'
import { VieNetworkList } from './vie-network-list/vie-network-list'
import { VieTandemCard } from './vie-tandem-card/vie-tandem-card'

export { defineElement } from './define'
export type { Theme } from './shared/VieElement'
export { VieEventList, VieNetworkCard, VieNetworkList, VieTandemCard }

declare global {
  interface HTMLElementTagNameMap {
    'vie-network-card': VieNetworkCard
    'vie-network-list': VieNetworkList
    'vie-event-list': VieEventList
    'vie-tandem-card': VieTandemCard
  }
}

defineElement('vie-network-card', VieNetworkCard)
defineElement('vie-network-list', VieNetworkList)
defineElement('vie-event-list', VieEventList)
defineElement('vie-tandem-card', VieTandemCard)
