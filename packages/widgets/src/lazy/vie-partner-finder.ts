import { defineElement } from '../define'
import { ViePartnerFinder } from '../vie-partner-finder/vie-partner-finder'

defineElement('vie-partner-finder', ViePartnerFinder)
