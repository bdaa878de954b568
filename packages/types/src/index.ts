export type * from './payload-types'
export type * from './public'
