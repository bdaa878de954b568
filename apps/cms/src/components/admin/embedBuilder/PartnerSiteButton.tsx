'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'

import { builderText } from './text'

/** On a saved network, tandem or event: opens the embed builder preset to this record. */
export default function PartnerSiteButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (id === undefined || id === null || !collectionSlug) return null
  const href = `${config.routes.admin}/embed-builder?${new URLSearchParams({ collection: collectionSlug, id: String(id) })}`
  const text = builderText(i18n.language)
  return (
    <Link href={href} className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} title={text.openBuilderHint}>
      {text.openBuilder}
    </Link>
  )
}
