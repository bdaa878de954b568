'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { postEditorial } from '../editorialApi'
import { textFor } from './reviewText'

/** "Mark as reviewed" beside the save buttons of a stored record. */
export default function MarkReviewedButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const text = textFor(i18n.language)
  if (id === undefined || id === null || !collectionSlug) return null

  const onClick = async () => {
    setBusy(true)
    const error = await postEditorial(config.routes.api, 'review', { collection: collectionSlug, ids: [id] })
    setBusy(false)
    if (error) {
      toast.error(`${text.failed}: ${error}`)
      return
    }
    toast.success(text.done(1))
    router.refresh()
  }

  return (
    <Button buttonStyle="secondary" size="medium" margin={false} disabled={busy} onClick={() => void onClick()}>
      {text.mark}
    </Button>
  )
}
