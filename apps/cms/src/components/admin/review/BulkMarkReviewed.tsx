'use client'
import { Button, toast, useConfig, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import styles from './review.module.css'
import { postEditorial } from '../editorialApi'
import { textFor } from './reviewText'

/** Above a record list: stamps every selected row as reviewed in one request. */
export default function BulkMarkReviewed({ collectionSlug }: { collectionSlug: string }) {
  const { selectedIDs } = useSelection()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const text = textFor(i18n.language)
  const count = selectedIDs.length

  const onClick = async () => {
    setBusy(true)
    const error = await postEditorial(config.routes.api, 'review', { collection: collectionSlug, ids: selectedIDs })
    setBusy(false)
    if (error) {
      toast.error(`${text.failed}: ${error}`)
      return
    }
    toast.success(text.done(count))
    router.refresh()
  }

  return (
    <div className={styles.bar}>
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy || count === 0} onClick={() => void onClick()}>
        {count === 0 ? text.noneSelected : text.markSelected(count)}
      </Button>
    </div>
  )
}
