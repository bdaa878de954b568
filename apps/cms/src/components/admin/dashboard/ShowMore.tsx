'use client'
import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import styles from './dashboard.module.css'
import { dashboardText } from './dashboardText'

/** How many items of a long list are shown; `more` shows `step` more. */
export function useShown(step: number): { shown: number; more: () => void; reset: () => void } {
  const [shown, setShown] = useState(step)
  return { shown, more: () => setShown((n) => n + step), reset: () => setShown(step) }
}

/** "n of total shown" and the button for the next ones; nothing when all are shown. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? dashboardText.en : dashboardText.de
  if (shown >= total) return null
  return (
    <p className={styles.more}>
      <span>{text.shownOf(shown, total)}</span>
      <button type="button" className={styles.linkButton} onClick={onMore}>
        {text.showMore}
      </button>
    </p>
  )
}
