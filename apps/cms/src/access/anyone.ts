import type { Access } from 'payload'

/** Public reference data: everyone may read it, signed in or not. */
export const anyone: Access = () => true
