'use client'

import { useState } from 'react'

import { buttonClass } from '../shared/buttonClass'
import styles from './embedBuilder.module.css'
import type { BuilderText } from './text'

/** Copies the snippet; the outcome is announced through a polite live region. */
export function CopyButton({ text, disabled, t }: { text: string; disabled: boolean; t: BuilderText }) {
  const [status, setStatus] = useState('')
  const copy = async () => {
    setStatus('')
    try {
      await navigator.clipboard.writeText(text)
      setStatus(t.copied)
    } catch {
      setStatus(t.copyFailed)
    }
  }
  return (
    <div className={styles.copy}>
      <button type="button" className={buttonClass('primary', disabled)} onClick={() => void copy()} disabled={disabled}>
        {t.copy}
      </button>
      <p role="status" aria-live="polite" className={styles.status}>
        {status}
      </p>
    </div>
  )
}
