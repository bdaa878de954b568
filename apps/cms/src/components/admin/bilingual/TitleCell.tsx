'use client'
import { DefaultCell, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import styles from './bilingual.module.css'
import { FALLBACK_HINT, GERMAN_MARKER } from './germanFallback'

/**
 * The title column of a record list: where the record has no title in the content language,
 * its German title with a "DE" marker (the record's stored `titleDe`), not an empty cell.
 */
export default function TitleCell(props: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const { cellData, rowData } = props
  const german = typeof rowData?.titleDe === 'string' ? rowData.titleDe : ''
  const missing = typeof cellData !== 'string' || cellData.trim() === ''
  if (!missing || german === '') return <DefaultCell {...props} />
  const hint = i18n.language === 'en' ? FALLBACK_HINT.en : FALLBACK_HINT.de
  return (
    <DefaultCell
      {...props}
      cellData={
        <span className={styles.fallback} title={hint}>
          {german}{' '}
          <abbr className={styles.marker} title={hint}>
            {GERMAN_MARKER}
          </abbr>
        </span>
      }
    />
  )
}
