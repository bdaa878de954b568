import { defineElement } from '../define'
import { VieNetworkStats } from '../vie-network-stats/vie-network-stats'

defineElement('vie-network-stats', VieNetworkStats)
