import type { Label } from '@vie/types'

/** Sidebar groups of the admin navigation. */
export const RECORDS: Label = { de: 'Register', en: 'Register' }
export const REFERENCE: Label = { de: 'Stammdaten', en: 'Reference data' }
