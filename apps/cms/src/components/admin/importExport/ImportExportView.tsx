import type { AdminViewServerProps } from 'payload'

import { IMPORT_ORDER } from '../../../importExport/collections'
import { AdminPage } from '../shared/AdminPage'
import { ImportExport } from './ImportExport'

/** `/admin/import-export`: export every editorial collection, import a file with a dry run first. */
export default function ImportExportView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = req.i18n.language === 'en' ? 'en' : 'de'
  const collections = IMPORT_ORDER.map((slug) => {
    const plural = req.payload.collections[slug].config.labels.plural
    return { slug, label: typeof plural === 'object' && plural !== null && lang in plural ? String((plural as Record<string, string>)[lang]) : slug }
  })
  const preset = typeof props.searchParams?.collection === 'string' ? props.searchParams.collection : undefined
  return (
    <AdminPage {...props}>
      <ImportExport collections={collections} api={req.payload.config.routes.api} preset={preset} />
    </AdminPage>
  )
}
