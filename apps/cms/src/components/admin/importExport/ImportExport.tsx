'use client'

import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { buttonClass } from '../shared/buttonClass'
import { exportUrl } from './exportUrl'
import field from '../shared/field.module.css'
import styles from './importExport.module.css'
import { type Report, ReportTable } from './ReportTable'
import { importExportText } from './text'

type Props = { collections: { slug: string; label: string }[]; api: string; preset?: string }

const formatOf = (name: string): 'csv' | 'json' => (name.toLowerCase().endsWith('.json') ? 'json' : 'csv')

export function ImportExport({ collections, api, preset }: Props) {
  const { i18n } = useTranslation()
  const t = importExportText(i18n.language)
  const [collection, setCollection] = useState(collections.some((c) => c.slug === preset) ? (preset as string) : (collections[0]?.slug ?? ''))
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const [problem, setProblem] = useState('')
  /** Which file and collection the last clean dry run checked: only that may be applied. */
  const [checked, setChecked] = useState<string | null>(null)
  const key = file ? `${collection}:${file.name}:${file.size}:${file.lastModified}` : null

  const run = async (apply: boolean) => {
    if (!file) return
    setBusy(true)
    setProblem('')
    setReport(null)
    try {
      const res = await fetch(`${api}/import-export/${collection}/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify({ format: formatOf(file.name), content: await file.text(), apply }),
      })
      const body = (await res.json()) as Report & { errors?: { message: string }[] }
      if (!res.ok) {
        setProblem(body.errors?.map((e) => e.message).join(' ') || t.requestFailed)
        setChecked(null)
        return
      }
      setReport({ ...body, dryRun: !apply })
      setChecked(!apply && body.counts.error === 0 ? key : null)
    } catch {
      setProblem(t.requestFailed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className={styles.page}>
      <h1>{t.title}</h1>
      <section aria-labelledby="vie-export-title" className={styles.section}>
        <h2 id="vie-export-title">{t.exportTitle}</h2>
        <p>{t.exportIntro}</p>
        <ul className={styles.exports}>
          {collections.map((c) => (
            <li key={c.slug}>
              <strong>{c.label}</strong>{' '}
              <a href={exportUrl(api, c.slug, 'csv')} download>
                {t.exportCsv}
              </a>{' '}
              ·{' '}
              <a href={exportUrl(api, c.slug, 'json')} download>
                {t.exportJson}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="vie-import-title" className={styles.section}>
        <h2 id="vie-import-title">{t.importTitle}</h2>
        <p>{t.importIntro}</p>
        <form className={styles.form} onSubmit={(e) => e.preventDefault()}>
          <label className={field.field}>
            <span>{t.collection}</span>
            <select name="collection" value={collection} onChange={(e) => setCollection(e.target.value)}>
              {collections.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label className={field.field}>
            <span>{t.file}</span>
            <input type="file" name="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <div className={styles.buttons}>
            <button type="button" className={buttonClass('secondary', !file || busy)} disabled={!file || busy} onClick={() => void run(false)}>
              {t.dryRun}
            </button>
            <button type="button" className={buttonClass('primary', !file || busy || checked !== key)} disabled={!file || busy || checked !== key} onClick={() => void run(true)}>
              {t.apply}
            </button>
          </div>
          <p className={styles.hint}>{t.applyHint}</p>
        </form>
        <div role="status" aria-live="polite">
          {busy && <p>{t.working}</p>}
          {problem && <p className={styles.problem}>{problem}</p>}
        </div>
        {report && <ReportTable report={report} t={t} />}
      </section>
    </div>
  )
}
