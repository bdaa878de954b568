export type * from './payload-types'
