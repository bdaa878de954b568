'use client'
import { Button, useAllFormFields, useConfig, useDocumentInfo, useLocale, useTheme, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useId, useRef, useState } from 'react'

import { isPreviewCollection, PREVIEW_CARDS } from '../../../admin/preview/collections'
import type { Preview } from '../../../admin/preview/previewRecord'
import { requestEditorial } from '../editorialApi'
import { type BundleRef, useWidgetBundle } from '../embedBuilder/useWidgetBundle'
import styles from './preview.module.css'
import { previewTextFor } from './previewText'

/** Typing pauses this long before the preview asks again. */
const SETTLE_MS = 300

type CardElement = HTMLElement & { record?: unknown }

/**
 * Shows the record as the widget card a partner site embeds, with the form's current values in
 * German and English, in a dialog. The server maps the values through the public read model
 * (POST /api/editorial/preview/<collection>), and the served bundle's element draws the result
 * as given: nothing is saved, and the element fetches nothing.
 */
export default function WidgetPreviewDialog({ bundle }: { bundle: BundleRef }) {
  const { id, collectionSlug } = useDocumentInfo()
  const [fields] = useAllFormFields()
  const locale = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { theme } = useTheme()
  const text = previewTextFor(i18n.language)
  const titleId = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const holder = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [lang, setLang] = useState<'de' | 'en'>(i18n.language === 'en' ? 'en' : 'de')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const tag = isPreviewCollection(collectionSlug) ? PREVIEW_CARDS[collectionSlug] : undefined
  useWidgetBundle(bundle, open)

  useEffect(() => {
    if (!open || !collectionSlug) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const data = reduceFieldsToValues(fields, true)
      requestEditorial<Preview>(config.routes.api, `preview/${collectionSlug}`, { id: id ?? null, locale: locale.code, data }, controller.signal)
        .then((result) => {
          setPreview(result.ok ? result.body : null)
          setError(result.ok ? null : result.error)
        })
        .catch((reason: unknown) => {
          if (!controller.signal.aborted) setError(String(reason))
        })
    }, SETTLE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [open, fields, locale.code, id, collectionSlug, config.routes.api])

  useEffect(() => {
    if (!open || !tag || !holder.current) return
    let card = holder.current.querySelector<CardElement>(tag)
    if (!card) {
      card = document.createElement(tag) as CardElement
      holder.current.replaceChildren(card)
    }
    card.setAttribute('lang', lang)
    card.setAttribute('theme', theme)
    card.setAttribute('heading-level', '3')
    // A property, not an attribute: the element shows the object as given and fetches nothing.
    card.record = preview?.[lang]
  }, [open, tag, lang, theme, preview])

  if (!tag) return null

  const show = () => {
    setOpen(true)
    dialog.current?.showModal()
  }

  return (
    <>
      <Button buttonStyle="secondary" size="small" margin={false} onClick={show}>
        {text.open}
      </Button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} onClose={() => setOpen(false)} data-testid="widget-preview">
        <h2 id={titleId} className={styles.title}>
          {text.title}
        </h2>
        <p className={styles.note}>{text.note}</p>
        <div className={styles.languages} role="group" aria-label={text.language}>
          {(['de', 'en'] as const).map((code) => (
            <button key={code} type="button" className={styles.language} aria-pressed={lang === code} onClick={() => setLang(code)}>
              {code === 'de' ? 'Deutsch' : 'English'}
            </button>
          ))}
        </div>
        {error ? (
          <p className={styles.error} role="alert">
            {text.failed}: {error}
          </p>
        ) : (
          !preview && <p aria-live="polite">{text.loading}</p>
        )}
        <div ref={holder} className={styles.card} data-theme={theme} />
        <div className={styles.actions}>
          <Button buttonStyle="primary" size="small" margin={false} onClick={() => dialog.current?.close()}>
            {text.close}
          </Button>
        </div>
      </dialog>
    </>
  )
}
