'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

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
      const res = await fetch(`${config.routes.api}/editorial/link-check`, { method: 'POST', credentials: 'same-origin' })
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
        toast.error(`${text.checkFailed}: ${body?.errors?.[0]?.message ?? `HTTP ${res.status}`}`)
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
