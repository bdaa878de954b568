'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { DiffRow } from '../../../proposals/review'
import { PROPOSAL_STATUSES } from '../../../proposals/status'
import { requestEditorial } from '../editorialApi'
import styles from './proposalReview.module.css'
import { proposalTextFor } from './proposalText'

type Loaded = { status: string; rows: DiffRow[] } | { error: string } | null

const show = (value: unknown, empty: string): string =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    ? empty
    : Array.isArray(value)
      ? value.join(', ')
      : String(value)

/** What the editor typed back into a proposed value's shape: lists stay lists, numbers numbers. */
const parsed = (text: string, like: unknown): unknown =>
  Array.isArray(like) ? text.split(',').map((s) => s.trim()).filter(Boolean) : typeof like === 'number' && text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text

/**
 * The proposal as a field-level comparison with the record: per field the value now and the
 * proposed one (editable), a conflict mark where the record changed since, and the decision.
 */
export default function ProposalReview() {
  const { id } = useDocumentInfo()
  const isNewRecord = useFormFields(([fields]) => !fields.targetSlug?.value)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = proposalTextFor(i18n.language)
  const language = i18n.language === 'en' ? 'en' : 'de'
  const [loaded, setLoaded] = useState<Loaded>(null)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [edited, setEdited] = useState<Record<string, string>>({})
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const res = await fetch(`${config.routes.api}/editorial/proposals/${id}/diff`, { credentials: 'same-origin', headers: { 'accept-language': language } })
    const body = (await res.json().catch(() => null)) as { status: string; rows: DiffRow[]; errors?: { message?: string }[] } | null
    if (res.ok && body?.rows) {
      setLoaded(body)
      setChosen(new Set(body.rows.filter((row) => !row.same).map((row) => row.key)))
    } else setLoaded({ error: body?.errors?.[0]?.message ?? `HTTP ${res.status}` })
  }, [config.routes.api, id, language])

  useEffect(() => {
    if (id !== undefined && id !== null) void load()
  }, [id, load])

  if (id === undefined || id === null) return null
  if (!loaded) return <p>{t.loading}</p>
  if ('error' in loaded) return <p role="alert">{`${t.failed}: ${loaded.error}`}</p>

  const open = loaded.status === 'open'
  const decide = async (accept: string[], publish: boolean) => {
    setBusy(true)
    const editedValues = Object.fromEntries(
      Object.entries(edited).flatMap(([key, text]) => {
        const row = loaded.rows.find((r) => r.key === key)
        return row && accept.includes(key) ? [[key, parsed(text, row.proposed)]] : []
      }),
    )
    const result = await requestEditorial<{ status: string }>(config.routes.api, `proposals/${id}/decide`, { accept, edited: editedValues, publish, reason })
    setBusy(false)
    if (result.ok) {
      const status = PROPOSAL_STATUSES.find((option) => option.value === result.body.status)
      setMessage(t.done(status ? status.label[language] : result.body.status))
      await load()
    } else setMessage(result.error)
  }

  return (
    <section className={styles.review} aria-labelledby="proposal-review-title">
      <h3 id="proposal-review-title">{t.title}</h3>
      <p>{t.intro}</p>
      {isNewRecord && <p>{t.newEvent}</p>}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t.take}</th>
            <th scope="col">{t.field}</th>
            <th scope="col">{t.current}</th>
            <th scope="col">{t.proposed}</th>
          </tr>
        </thead>
        <tbody>
          {loaded.rows.map((row) => (
            <tr key={row.key} data-key={row.key} className={row.conflict ? styles.conflict : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t.take}: ${row.label[language]}`}
                  checked={chosen.has(row.key)}
                  disabled={!open}
                  onChange={(event) => {
                    const next = new Set(chosen)
                    if (event.target.checked) next.add(row.key)
                    else next.delete(row.key)
                    setChosen(next)
                  }}
                />
              </td>
              <th scope="row">{row.label[language]}</th>
              <td>
                {show(row.current, t.empty)}
                {row.conflict ? <p className={styles.note} role="note">{t.conflict}</p> : null}
                {row.same ? <p className={styles.note}>{t.same}</p> : null}
              </td>
              <td>
                <textarea
                  aria-label={`${t.proposed}: ${row.label[language]}`}
                  className={styles.value}
                  disabled={!open}
                  rows={2}
                  value={edited[row.key] ?? show(row.proposed, '')}
                  onChange={(event) => setEdited({ ...edited, [row.key]: event.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open ? (
        <div className={styles.actions}>
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || chosen.size === 0} onClick={() => void decide([...chosen], false)}>
            {t.acceptDraft}
          </button>
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || chosen.size === 0} onClick={() => void decide([...chosen], true)}>
            {t.acceptPublish}
          </button>
          <label className={styles.reason}>
            {t.reason}
            <textarea value={reason} rows={2} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void decide([], false)}>
            {t.reject}
          </button>
        </div>
      ) : (
        <p>{t.notOpen}</p>
      )}
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
