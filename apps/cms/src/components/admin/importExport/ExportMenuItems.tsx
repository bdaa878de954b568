'use client'

import { PopupList, useConfig, useSelection, useTranslation } from '@payloadcms/ui'
import { useParams, useSearchParams } from 'next/navigation'

import { exportUrl } from './exportUrl'
import { importExportText } from './text'

/**
 * Items of the list view's "…" menu (Payload wraps them in its button group): export the selected records, else what the list's filter shows
 * (the `where` of the URL), as CSV or JSON. The download is an attachment, so the page stays.
 */
export default function ExportMenuItems() {
  const { i18n } = useTranslation()
  const t = importExportText(i18n.language)
  const { config } = useConfig()
  const { count, getQueryParams } = useSelection()
  const searchParams = useSearchParams()
  const params = useParams<{ segments?: string[] }>()
  const collection = params.segments?.[1]
  if (!collection) return null
  const filter = new URLSearchParams([...searchParams.entries()].filter(([key]) => key.startsWith('where'))).toString()
  const query = count > 0 ? getQueryParams() : filter
  const scope = count > 0 ? t.exportSelection(count) : filter ? t.exportFiltered : t.exportAll
  const download = (format: 'csv' | 'json') => () => window.location.assign(exportUrl(config.routes.api, collection, format, query))
  return (
    <>
      <PopupList.GroupLabel label={scope} />
      <PopupList.Button onClick={download('csv')}>{t.exportCsv}</PopupList.Button>
      <PopupList.Button onClick={download('json')}>{t.exportJson}</PopupList.Button>
    </>
  )
}
