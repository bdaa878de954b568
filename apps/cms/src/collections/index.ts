import type { CollectionConfig } from 'payload'

import { Events } from './Events'
import { Media } from './Media'
import { Municipalities } from './Municipalities'
import { Networks } from './Networks'
import { Projects } from './Projects'
import { Proposals } from './Proposals'
import { Tandems } from './Tandems'
import { Topics } from './Topics'
import { Users } from './Users'

export const collections: CollectionConfig[] = [
  Networks,
  Tandems,
  Municipalities,
  Events,
  Proposals,
  Projects,
  Topics,
  Media,
  Users,
]
