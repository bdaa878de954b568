import { defineElement } from '../define'
import { VieMap } from '../vie-map/vie-map'

defineElement('vie-map', VieMap)
