'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, useMemo, useRef, useState } from 'react'

import { elementTag, scriptTag } from '../../../embed/snippets'
import { CopyButton } from './CopyButton'
import { FilterControl } from './FilterControl'
import { type BuilderProps, OWN_ATTRIBUTES, vocabulariesFor } from './model'
import { RecordPicker } from './RecordPicker'
import field from '../shared/field.module.css'
import styles from './embedBuilder.module.css'
import { adminLang, builderText } from './text'
import { useWidgetBundle } from './useWidgetBundle'

const CARD_COLLECTION: Record<string, string> = { 'vie-network-card': 'networks', 'vie-tandem-card': 'tandems' }

export function EmbedBuilder({ elements, bundle, records, vocabularies, preset }: BuilderProps) {
  const { i18n } = useTranslation()
  const t = builderText(i18n.language)
  const [tag, setTag] = useState(preset.tag ?? elements[0]?.tag ?? 'vie-network-card')
  const [slug, setSlug] = useState(preset.slug ?? '')
  const [filters, setFilters] = useState<Record<string, string>>(preset.filters ?? {})
  const [lang, setLang] = useState<'de' | 'en'>(adminLang(i18n.language))
  const [theme, setTheme] = useState('light')
  const [origin, setOrigin] = useState('')
  const preview = useRef<HTMLDivElement>(null)

  useEffect(() => setOrigin(window.location.origin), [])
  useWidgetBundle(bundle)

  const element = elements.find((e) => e.tag === tag) ?? elements[0]
  const cardOf = CARD_COLLECTION[tag]
  const filterNames = (element?.attributes ?? []).filter((name) => !OWN_ATTRIBUTES.has(name))

  const attributes = useMemo(() => {
    const chosen: Record<string, string | true> = {}
    if (cardOf && slug) chosen.slug = slug
    for (const name of filterNames) {
      const value = filters[name]
      if (value) chosen[name] = name === 'controls' ? true : value
    }
    chosen.lang = lang
    chosen.theme = theme
    return chosen
  }, [cardOf, slug, filterNames, filters, lang, theme])

  const markup = elementTag(tag, attributes)
  const snippet = `${scriptTag(origin, bundle)}\n${markup}`
  const ready = !cardOf || slug !== ''

  useEffect(() => {
    // The element as the snippet writes it, so preview and partner page get the same markup.
    if (preview.current) preview.current.innerHTML = ready ? markup : ''
  }, [markup, ready])

  const chooseElement = (next: string) => {
    setTag(next)
    setFilters({})
    if (CARD_COLLECTION[next] !== cardOf) setSlug('')
  }

  return (
    <div className={styles.builder}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {preset.from && (
        <p className={styles.note} role="note">
          {t.presetNote} <strong>{preset.from}</strong>
          {preset.approximate ? ` – ${t.noExactEvent}` : ''}
        </p>
      )}
      <div className={styles.columns}>
        <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={t.title}>
          <label className={field.field}>
            <span>{t.element}</span>
            <select value={tag} onChange={(e) => chooseElement(e.target.value)} name="element">
              {elements.map((e) => (
                <option key={e.tag} value={e.tag}>
                  {e.label} ({`<${e.tag}>`})
                </option>
              ))}
            </select>
          </label>
          {cardOf && <RecordPicker t={t} options={records[cardOf] ?? []} value={slug} onChange={setSlug} />}
          {filterNames.length > 0 && (
            <fieldset className={styles.fieldset}>
              <legend>{t.filters}</legend>
              {filterNames.map((name) => (
                <FilterControl
                  key={`${tag}-${name}`}
                  name={name}
                  t={t}
                  value={filters[name] ?? ''}
                  records={records}
                  vocabularies={vocabulariesFor(vocabularies, tag)}
                  onChange={(value) => setFilters((current) => ({ ...current, [name]: value }))}
                />
              ))}
            </fieldset>
          )}
          <fieldset className={styles.fieldset}>
            <legend>{t.language}</legend>
            {(['de', 'en'] as const).map((code) => (
              <label key={code} className={styles.inline}>
                <input type="radio" name="lang" value={code} checked={lang === code} onChange={() => setLang(code)} />
                {code === 'de' ? 'Deutsch' : 'English'}
              </label>
            ))}
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>{t.theme}</legend>
            {(['light', 'dark', 'auto'] as const).map((value) => (
              <label key={value} className={styles.inline}>
                <input type="radio" name="theme" value={value} checked={theme === value} onChange={() => setTheme(value)} />
                {t[value]}
              </label>
            ))}
          </fieldset>
        </form>
        <section className={styles.output} aria-labelledby="vie-builder-snippet">
          <h2 id="vie-builder-snippet">{t.snippet}</h2>
          <p>{t.snippetHelp}</p>
          <pre className={styles.code} data-testid="embed-snippet">
            <code>{ready ? snippet : t.recordNone}</code>
          </pre>
          <CopyButton text={snippet} disabled={!ready} t={t} />
          <h2>{t.preview}</h2>
          <div ref={preview} className={styles.preview} data-testid="embed-preview" data-theme={theme} />
        </section>
      </div>
    </div>
  )
}
