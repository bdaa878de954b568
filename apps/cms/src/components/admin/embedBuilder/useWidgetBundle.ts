'use client'
import { useEffect } from 'react'

/** The served bundle's hashed name and SRI value, as src/embed/widgetBundle.ts works them out. */
export type BundleRef = { hashedName: string; integrity: string }

/**
 * Loads the served bundle once per admin page, the same file the snippet pins, so previews show
 * the real widget; `active: false` defers loading until a preview is opened.
 */
export function useWidgetBundle({ hashedName, integrity }: BundleRef, active = true): void {
  useEffect(() => {
    if (!active || document.querySelector(`script[data-vie-builder]`)) return
    const script = document.createElement('script')
    script.type = 'module'
    script.src = `/widgets/v1/${hashedName}`
    script.integrity = integrity
    script.crossOrigin = 'anonymous'
    script.dataset.vieBuilder = ''
    document.head.append(script)
  }, [hashedName, integrity, active])
}
