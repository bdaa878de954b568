export type * from './payload-types'
export * from './vocabularies'
