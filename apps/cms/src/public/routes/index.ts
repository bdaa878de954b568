import { eventRoutes } from './events'
import { finderRoutes } from './finder'
import { metaRoutes } from './meta'
import { municipalityRoutes } from './municipalities'
import { gazetteerRoutes } from './gazetteer'
import { networkRoutes } from './networks'
import { partnerRoutes } from './partners'
import type { RouteDef } from './routeDef'
import { statsRoutes } from './stats'
import { tandemRoutes } from './tandems'

/** Every route of /public/v1, in the order the router tries them and the documentation lists them. */
export const publicRoutes: RouteDef[] = [
  ...networkRoutes,
  ...tandemRoutes,
  ...municipalityRoutes,
  ...finderRoutes,
  ...partnerRoutes,
  ...gazetteerRoutes,
  ...eventRoutes,
  ...statsRoutes,
  ...metaRoutes(() => publicRoutes),
]
