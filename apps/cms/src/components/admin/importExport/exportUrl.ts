/** The export endpoint's address; `query` is a qs-encoded `where` as the list view writes it. */
export const exportUrl = (api: string, collection: string, format: 'csv' | 'json', query = ''): string =>
  `${api}/import-export/${collection}/export?format=${format}${query ? `&${query.replace(/^\?/, '')}` : ''}`
