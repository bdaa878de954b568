import type { Config } from '@vie/types'

// Types the Local API (payload.find, payload.create, …) with the generated collection types.
declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface GeneratedTypes extends Config {}
}
