import type { Lang, NetworkCard, NetworkSort } from '@vie/types'

import type { Strings } from '../shared/strings'

type Options<V extends string> = Record<V, Record<Lang, string>>

/**
 * Labels for the filter controls, which must show before any data has arrived (the network DTOs
 * carry labels only for the values they use). Values and labels follow the register's vocabularies.
 */
export const categoryOptions: Options<NetworkCard['category']['value']> = {
  'national-smart-city': { de: 'Nationale Smart-City-Netzwerke', en: 'National smart city networks' },
  'international-smart-city': {
    de: 'Internationale und europäische Smart-City-Netzwerke',
    en: 'International and European smart city networks',
  },
  'eu-thematic': { de: 'Europäische thematische Städtenetzwerke', en: 'European thematic city networks' },
  'city-region-network': {
    de: 'Europäische und internationale Netzwerke von Städten und Regionen',
    en: 'European and international networks of cities and regions',
  },
}

export const scopeOptions: Options<NonNullable<NetworkCard['geographicScope']>['value']> = {
  national: { de: 'National', en: 'National' },
  european: { de: 'Europäisch', en: 'European' },
  global: { de: 'Global', en: 'Global' },
}

export const initiativeOptions: Options<NetworkCard['foundingInitiative']['value']> = {
  'top-down': { de: 'Top-down-Initiative', en: 'Top-down initiative' },
  'bottom-up': { de: 'Bottom-up-Initiative', en: 'Bottom-up initiative' },
}

/** The orders offered in the controls, each with the interface text naming it. */
export const sortOptions: readonly (readonly [NetworkSort, keyof Pick<Strings, 'sortName' | 'sortNameDesc' | 'sortFoundedDesc' | 'sortFounded' | 'sortUpdatedDesc'>])[] = [
  ['name', 'sortName'],
  ['-name', 'sortNameDesc'],
  ['-founded', 'sortFoundedDesc'],
  ['founded', 'sortFounded'],
  ['-updated', 'sortUpdatedDesc'],
]
