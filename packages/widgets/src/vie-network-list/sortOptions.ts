import type { NetworkSort } from '@vie/types'

import type { Strings } from '../shared/strings'

/** The orders offered in the controls, each with the interface text naming it. */
export const sortOptions: readonly (readonly [NetworkSort, keyof Pick<Strings, 'sortName' | 'sortNameDesc' | 'sortFoundedDesc' | 'sortFounded' | 'sortUpdatedDesc'>])[] = [
  ['name', 'sortName'],
  ['-name', 'sortNameDesc'],
  ['-founded', 'sortFoundedDesc'],
  ['founded', 'sortFounded'],
  ['-updated', 'sortUpdatedDesc'],
]
