'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { postEditorial } from '../editorialApi'
import { dashboardText } from './dashboardText'

/** Starts a link check now and reloads the dashboard with its results. */
export default function RunLinkCheckButton() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [running, setRunning] = useState(false)
  const text = i18n.language === 'en' ? dashboardText.en : dashboardText.de

  const onClick = async () => {
    setRunning(true)
    try {
      const error = await postEditorial(config.routes.api, 'link-check')
      if (error) {
        toast.error(`${text.checkFailed}: ${error}`)
        return
      }
      toast.success(text.checkDone)
      router.refresh()
    } finally {
      setRunning(false)
    }
  }

  return (
    <Button buttonStyle="secondary" size="small" margin={false} disabled={running} onClick={() => void onClick()}>
      {running ? text.running : text.runCheck}
    </Button>
  )
}
