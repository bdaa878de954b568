'use client'

import styles from './importExport.module.css'
import type { ImportExportText } from './text'

type Value = unknown
export type Report = {
  dryRun: boolean
  applied: boolean
  counts: Record<string, number>
  rows: {
    row: number
    slug: string | null
    action: string
    changes: { column: string; before: Value; after: Value }[]
    errors: { field: string; message: string }[]
  }[]
}

const SHOWN_CHANGES = 12

const show = (value: Value, empty: string): string => {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return empty
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** Per record: what would be created or changed (field by field) and every error. */
export function ReportTable({ report, t }: { report: Report; t: ImportExportText }) {
  const summary = report.dryRun ? t.dryRunDone : report.applied ? t.appliedDone : t.notApplied
  return (
    <section aria-labelledby="vie-import-report" className={styles.report}>
      <h3 id="vie-import-report">{t.report}</h3>
      <p className={report.counts.error ? styles.problem : styles.ok} data-testid="import-summary">
        {summary} {t.counts(report.counts)}
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t.row}</th>
            <th scope="col">{t.slug}</th>
            <th scope="col">{t.action}</th>
            <th scope="col">{t.details}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.row} data-action={row.action} className={row.action === 'error' ? styles.errorRow : undefined}>
              <td>{row.row}</td>
              <td>
                <code>{row.slug ?? '–'}</code>
              </td>
              <td>{t.actions[row.action] ?? row.action}</td>
              <td>
                {row.errors.length > 0 && (
                  <ul className={styles.errors}>
                    {row.errors.map((e, i) => (
                      <li key={i}>
                        {e.field && <code>{e.field}</code>} {e.message}
                      </li>
                    ))}
                  </ul>
                )}
                {row.changes.length > 0 && (
                  <ul className={styles.changes}>
                    {row.changes.slice(0, SHOWN_CHANGES).map((c) => (
                      <li key={c.column}>
                        <code>{c.column}</code>: {row.action === 'create' ? '' : `${show(c.before, t.empty)} → `}
                        {show(c.after, t.empty)}
                      </li>
                    ))}
                    {row.changes.length > SHOWN_CHANGES && <li>{t.more(row.changes.length - SHOWN_CHANGES)}</li>}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
