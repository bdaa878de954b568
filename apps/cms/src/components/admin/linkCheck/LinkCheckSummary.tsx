'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'

import { brokenResults, type LinkResult } from '../../../jobs/linkCheck/types'
import styles from './linkCheck.module.css'
import { linkCheckTextFor, outcomeOf } from './linkCheckText'

/** The sidebar's view of the record's last link check: when, and which links failed. */
export default function LinkCheckSummary() {
  const { i18n } = useTranslation()
  const text = linkCheckTextFor(i18n.language)
  const checkedAt = useFormFields(([fields]) => fields['linkCheck.checkedAt']?.value) as string | null | undefined
  const results = useFormFields(([fields]) => fields['linkCheck.results']?.value) as LinkResult[] | null | undefined
  const ignoredUrls = useFormFields(([fields]) => fields['linkCheck.ignoredUrls']?.value) as string[] | null | undefined
  const broken = brokenResults({ results: results ?? [], ignoredUrls })
  const redirected = (results ?? []).filter((result) => result.ok && result.redirects.length > 0)
  const when = checkedAt ? new Date(checkedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'de-DE') : null

  return (
    <section className={styles.summary} aria-labelledby="link-check-title">
      <h3 id="link-check-title" className={styles.title}>
        {text.title}
      </h3>
      {!when ? (
        <p>{text.never}</p>
      ) : (
        <>
          <p>
            {text.checkedAt} {when}
          </p>
          {broken.length === 0 ? (
            <p>{text.allOk}</p>
          ) : (
            <>
              <p className={styles.problem}>{text.broken(broken.length)}</p>
              <ul className={styles.list}>
                {broken.map((result) => (
                  <li key={result.field}>
                    <a href={result.url} target="_blank" rel="noreferrer noopener">
                      {result.url}
                    </a>{' '}
                    – {outcomeOf(result, text.noAnswer)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {redirected.length > 0 && (
            <ul className={styles.list}>
              {redirected.map((result) => (
                <li key={result.field}>
                  {result.url} → {text.redirected} {result.finalUrl}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
