'use client'
import { DefaultCell, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { isPast, PAST } from '../../../domain/eventPhase'

/** The event status column: a scheduled event that is over reads "past", not "scheduled". */
export default function EventStatusCell(props: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const row = props.rowData as { start?: string | null; end?: string | null; allDay?: boolean | null }
  if (props.cellData !== 'scheduled' || !isPast(row, new Date())) return <DefaultCell {...props} />
  return <DefaultCell {...props} cellData={<span data-event-phase="past">{i18n.language === 'en' ? PAST.en : PAST.de}</span>} />
}
