'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { LinkCheckedCollection } from '../../../jobs/linkCheck/targets'
import { postEditorial } from '../editorialApi'
import styles from './dashboard.module.css'
import { dashboardText } from './dashboardText'
import { ShowMore, useShown } from './ShowMore'

export type BrokenLinkRow = { field: string; url: string; outcome: string }
export type BrokenRecordRow = {
  collection: LinkCheckedCollection
  id: number | string
  title: string
  label: string
  url: string
  checked: string
  ignored: number
  links: BrokenLinkRow[]
}

const STEP = 5

/**
 * Broken links grouped by record: each record opens, or has its links checked again; each link
 * can be ignored (a site known to refuse the checker, say), which later checks respect.
 */
export default function BrokenLinks({ records }: { records: BrokenRecordRow[] }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const text = i18n.language === 'en' ? dashboardText.en : dashboardText.de
  const [busy, setBusy] = useState<string | null>(null)
  const { shown, more } = useShown(STEP)

  const act = async (key: string, path: 'link-check' | 'link-check/ignore', body: object, done: string) => {
    setBusy(key)
    const error = await postEditorial(config.routes.api, path, body)
    setBusy(null)
    if (error) {
      toast.error(`${text.actionFailed}: ${error}`)
      return
    }
    toast.success(done)
    router.refresh()
  }

  return (
    <>
      <table className={styles.table}>
        <caption>{text.linksCaption(records.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.field}</th>
            <th scope="col">{text.link}</th>
            <th scope="col">{text.outcome}</th>
            <th scope="col">
              <span className={styles.visuallyHidden}>{text.actions}</span>
            </th>
          </tr>
        </thead>
        {records.slice(0, shown).map((record) => {
          const recordKey = `${record.collection}/${record.id}`
          return (
            <tbody key={recordKey} data-testid="broken-record">
              <tr className={styles.groupRow}>
                <th scope="rowgroup" colSpan={3}>
                  <a href={record.url}>{record.title}</a> <span className={styles.muted}>· {record.label} · {text.checkedOn(record.checked)}</span>
                  {record.ignored > 0 && <span className={styles.muted}> · {text.ignoredCount(record.ignored)}</span>}
                </th>
                <td className={styles.actions}>
                  <Button
                    buttonStyle="secondary"
                    size="xsmall"
                    margin={false}
                    disabled={busy !== null}
                    aria-label={`${text.checkAgain}: ${record.title}`}
                    onClick={() => void act(recordKey, 'link-check', { collection: record.collection, id: record.id }, text.checkedAgain(record.title))}
                  >
                    {busy === recordKey ? text.running : text.checkAgain}
                  </Button>
                </td>
              </tr>
              {record.links.map((link) => (
                <tr key={link.field}>
                  <td>
                    <code>{link.field}</code>
                  </td>
                  <td className={styles.url}>{link.url}</td>
                  <td className={styles.problem}>{link.outcome}</td>
                  <td className={styles.actions}>
                    <Button
                      buttonStyle="subtle"
                      size="xsmall"
                      margin={false}
                      disabled={busy !== null}
                      aria-label={`${text.ignore}: ${link.url}`}
                      onClick={() =>
                        void act(`${recordKey}/${link.field}`, 'link-check/ignore', { collection: record.collection, id: record.id, url: link.url }, text.ignoredDone(link.url))
                      }
                    >
                      {text.ignore}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          )
        })}
      </table>
      <ShowMore shown={Math.min(shown, records.length)} total={records.length} onMore={more} />
    </>
  )
}
