'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { ChangeEntry } from '../../../admin/changeLog/recordChanges'
import styles from './changeLog.module.css'
import { changeLogTextFor } from './changeLogText'

type Loaded = { entries: ChangeEntry[] } | { error: string } | null

const SHOWN_CHARS = 140

type Options = ChangeEntry['changes'][number]['options']

/** A value of the export's shape as a short line: select values by their label, lists joined, long texts cut. */
const shortText = (value: unknown, empty: string, language: 'de' | 'en', options: Options): string => {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return empty
  const word = (item: string) => options?.[item]?.[language] ?? item
  const text =
    Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? value.map(word).join(', ')
      : typeof value === 'string'
        ? word(value)
        : JSON.stringify(value)
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)} …` : text
}

/**
 * The record's change log in the edit view's sidebar: each save with its author, time, status
 * and the fields it changed (both languages), loaded when opened and again after each save.
 */
export default function ChangeLog() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = changeLogTextFor(i18n.language)
  const language = i18n.language === 'en' ? 'en' : 'de'
  const [open, setOpen] = useState(false)
  const [loaded, setLoaded] = useState<Loaded>(null)

  const load = useCallback(async () => {
    const res = await fetch(`${config.routes.api}/editorial/changes/${collectionSlug}/${id}`, {
      credentials: 'same-origin',
      headers: { 'accept-language': language },
    })
    const body = (await res.json().catch(() => null)) as { entries?: ChangeEntry[]; errors?: { message?: string }[] } | null
    setLoaded(res.ok && body?.entries ? { entries: body.entries } : { error: body?.errors?.[0]?.message ?? `HTTP ${res.status}` })
  }, [config.routes.api, collectionSlug, id, language])

  useEffect(() => {
    if (open) void load()
  }, [open, load, lastUpdateTime])

  if (id === undefined || id === null || !collectionSlug) return null
  const when = (at: string) => new Date(at).toLocaleString(language === 'en' ? 'en-GB' : 'de-DE')

  return (
    <section className={styles.log} aria-labelledby="change-log-title">
      <h3 id="change-log-title" className="field-label">
        {text.title}
      </h3>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className={styles.summary}>{text.show}</summary>
        {loaded === null ? (
          <p>{text.loading}</p>
        ) : 'error' in loaded ? (
          <p role="alert">
            {text.failed}: {loaded.error}
          </p>
        ) : loaded.entries.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <ol className={styles.entries}>
            {loaded.entries.map((entry) => (
              <li key={entry.versionId} className={styles.entry}>
                <p className={styles.meta}>
                  <time dateTime={entry.at}>{when(entry.at)}</time> · {entry.by?.name ?? text.system} ·{' '}
                  {entry.status === 'published' ? text.published : text.draft}
                  {entry.autosave ? ` (${text.autosave})` : ''}
                  {entry.first ? ` · ${text.first}` : ''}
                  {entry.proposal && (
                    <>
                      {' · '}
                      <a href={`${config.routes.admin}/collections/proposals/${entry.proposal.id}`}>
                        {text.fromProposal} {entry.proposal.receipt}
                      </a>
                    </>
                  )}
                </p>
                {entry.changes.length === 0 ? (
                  <p className={styles.meta}>{text.nothing}</p>
                ) : (
                  <ul className={styles.changes}>
                    {entry.changes.map((change) => (
                      <li key={`${change.field}.${change.locale ?? ''}`}>
                        <strong>
                          {change.label[language]}
                          {change.locale ? ` (${text.locale[change.locale]})` : ''}
                        </strong>
                        :{' '}
                        {!entry.first && (
                          <>
                            <span className={styles.before}>{shortText(change.before, text.empty, language, change.options)}</span> →{' '}
                          </>
                        )}
                        <span>{shortText(change.after, text.empty, language, change.options)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  )
}
