'use client'

import { useState } from 'react'

import { type BundleRef, useWidgetBundle } from '../embedBuilder/useWidgetBundle'

/**
 * The served <vie-map> over the published register, as partner sites see it, in the admin
 * language; behind a disclosure so the dashboard stays short and loads the map only on request.
 */
export default function RegisterMap({ bundle, lang, label }: { bundle: BundleRef; lang: 'de' | 'en'; label: string }) {
  const [open, setOpen] = useState(false)
  useWidgetBundle(bundle, open)
  return (
    <details data-testid="register-map" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{label}</summary>
      {open && <div dangerouslySetInnerHTML={{ __html: `<vie-map lang="${lang}" heading-level="3"></vie-map>` }} />}
    </details>
  )
}
