import { APIError, type CollectionBeforeOperationHook, type Config, type Field, type Plugin } from 'payload'

import { invalidWhereDates } from './whereDates'

/** Names of every date field in a field tree, plus Payload's own timestamps. */
function dateFieldNames(fields: Field[], names = new Set(['createdAt', 'updatedAt'])): Set<string> {
  for (const field of fields) {
    if (field.type === 'date') names.add(field.name)
    if ('fields' in field && Array.isArray(field.fields)) dateFieldNames(field.fields, names)
    if (field.type === 'tabs') for (const tab of field.tabs) dateFieldNames(tab.fields, names)
  }
  return names
}

const guard =
  (dateFields: ReadonlySet<string>): CollectionBeforeOperationHook =>
  ({ args }) => {
    const invalid = invalidWhereDates((args as { where?: unknown }).where, dateFields)
    if (invalid.length) {
      throw new APIError(
        `Not a date in the query: ${invalid.join('; ')}. Use ISO 8601, e.g. 2025-03-30. / ` +
          `Kein Datum in der Abfrage: ${invalid.join('; ')}. Bitte ISO 8601 verwenden, z. B. 2025-03-30.`,
        400,
        undefined,
        true,
      )
    }
    return args
  }

/** Adds the where-date check to every collection's reads (REST and GraphQL alike). */
export const whereDateGuardPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guard(dateFieldNames(collection.fields))],
      },
    })),
  })
