import type { CollectionConfig } from 'payload'

import { Users } from './Users'

export const collections: CollectionConfig[] = [Users]
