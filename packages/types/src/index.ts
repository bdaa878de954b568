export type * from './payload-types'
export * from './vocabularies'
export type * from './public'
