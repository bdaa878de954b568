import type { CollectionBeforeOperationHook } from 'payload'

import { BILINGUAL_LISTS } from './listFields'

const rewrite = (term: string, title: string, key: string): string =>
  term === title ? key : term === `-${title}` ? `-${key}` : term

/**
 * A sort by title (the lists' default, or a click on the column) sorts by the title as shown in
 * the content language, falling back to German, case and accents folded. Sorting the stored
 * column itself would put all records without an English title in storage order in English,
 * and "Österreich" after "Zagreb" in German.
 */
export const sortByLocalizedName: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const options = BILINGUAL_LISTS[collection.slug]
  if (operation !== 'read' || !options) return args
  const requested = (args as { sort?: string | string[] }).sort ?? collection.defaultSort
  if (!requested) return args
  const key = req.locale === 'en' ? 'sortNameEn' : 'sortNameDe'
  const sort = Array.isArray(requested)
    ? requested.map((term) => rewrite(term, options.title, key))
    : requested.split(',').map((term) => rewrite(term.trim(), options.title, key)).join(',')
  return { ...args, sort }
}
