import type { TextField } from 'payload'

/** 25 rows a page: a screen and a half at 1366 × 768, and the 34 networks in two pages. */
export const LIST_PAGINATION = { defaultLimit: 25, limits: [25, 50, 100] }

/** The list search goes over the computed `searchText` (both names, acronym, slug). */
export const BILINGUAL_SEARCH = ['searchText']

/** Shows the German title with a "DE" marker where the content language has none. */
export const TITLE_CELL = '/components/admin/bilingual/TitleCell'

/** The record's title field, shown in lists with the German fallback. */
export const withTitleCell = (field: TextField): TextField => ({
  ...field,
  admin: { ...field.admin, components: { ...field.admin?.components, Cell: TITLE_CELL } },
})
