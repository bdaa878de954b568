'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import type { PartnerSuggestions } from '@vie/types'
import { useEffect, useState } from 'react'

const TEXT = {
  de: {
    title: 'Vorgeschlagene Partner',
    loading: 'Vorschläge werden geladen …',
    none: 'Keine Vorschläge: Das Partnerschaftsprofil nennt noch keine Themen, oder die Kommune ist nicht veröffentlicht.',
    score: 'Punktzahl',
  },
  en: {
    title: 'Suggested partners',
    loading: 'Loading suggestions …',
    none: 'No suggestions: the partnership profile names no topics yet, or the municipality is not published.',
    score: 'Score',
  },
}

/** The partner finder's answer for the municipality being edited: same list and reasons as the public API. */
export default function SuggestedPartners() {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'de'
  const text = TEXT[lang]
  const { id } = useDocumentInfo()
  const slug = useFormFields(([fields]) => fields.slug?.value) as string | undefined
  const [answer, setAnswer] = useState<PartnerSuggestions | null | undefined>(undefined)

  useEffect(() => {
    if (!id || !slug) return
    const controller = new AbortController()
    fetch(`/public/v1/partners?municipality=${encodeURIComponent(slug)}&lang=${lang}&limit=10`, { signal: controller.signal })
      .then(async (res) => setAnswer(res.ok ? ((await res.json()) as PartnerSuggestions) : null))
      .catch(() => setAnswer(null))
    return () => controller.abort()
  }, [id, slug, lang])

  if (!id || !slug) return null
  return (
    <section aria-labelledby="suggested-partners-title">
      <h3 id="suggested-partners-title">{text.title}</h3>
      {answer === undefined ? (
        <p role="status">{text.loading}</p>
      ) : !answer || answer.municipalities.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ol>
          {answer.municipalities.map((m) => (
            <li key={m.slug}>
              <strong>{m.name}</strong> ({m.country}) — {text.score} {m.score.toFixed(2)}
              <ul>
                {m.reasons.map((r) => (
                  <li key={r.code}>
                    {r.text} (+{r.weight.toFixed(2)})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
