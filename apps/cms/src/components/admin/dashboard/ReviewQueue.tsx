'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { ReviewedCollection } from '../../../admin/dashboard/reviewQueue'
import { postEditorial } from '../editorialApi'
import { textFor as reviewTextFor } from '../review/reviewText'
import styles from './dashboard.module.css'
import { dashboardText } from './dashboardText'
import { ShowMore, useShown } from './ShowMore'

export type QueueRow = { collection: ReviewedCollection; id: number | string; title: string; url: string; reviewed: string; infoAsOf: string }
export type QueueGroup = { collection: ReviewedCollection; label: string; rows: QueueRow[] }

const STEP = 10
const ALL = 'all'

/**
 * The records due for review, by collection (networks and tandems before municipalities), with a
 * filter per collection. Each row opens its record or stamps it reviewed in place.
 */
export default function ReviewQueue({ groups, months }: { groups: QueueGroup[]; months: number }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const text = i18n.language === 'en' ? dashboardText.en : dashboardText.de
  const review = reviewTextFor(i18n.language)
  const [filter, setFilter] = useState<ReviewedCollection | typeof ALL>(ALL)
  const [done, setDone] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState<string | null>(null)
  const { shown, more, reset } = useShown(STEP)

  const keyOf = (row: QueueRow) => `${row.collection}/${row.id}`
  const open = groups.map((group) => ({ ...group, rows: group.rows.filter((row) => !done.has(keyOf(row))) }))
  const total = open.reduce((sum, group) => sum + group.rows.length, 0)
  const rows = open.filter((group) => filter === ALL || group.collection === filter).flatMap((group) => group.rows)
  const labelOf = new Map(groups.map((group) => [group.collection, group.label]))

  if (total === 0) return <p className={styles.empty}>{text.reviewEmpty(months)}</p>

  const choose = (next: ReviewedCollection | typeof ALL) => {
    setFilter(next)
    reset()
  }
  const markReviewed = async (row: QueueRow) => {
    setBusy(keyOf(row))
    const error = await postEditorial(config.routes.api, 'review', { collection: row.collection, ids: [row.id] })
    setBusy(null)
    if (error) {
      toast.error(`${review.failed}: ${error}`)
      return
    }
    setDone((before) => new Set(before).add(keyOf(row)))
    toast.success(`${review.done(1)} ${row.title}`)
    router.refresh()
  }

  return (
    <>
      <div className={styles.filters} role="group" aria-label={text.filterBy}>
        {[{ collection: ALL, label: text.all, rows: open.flatMap((g) => g.rows) } as const, ...open].map((group) => (
          <button
            key={group.collection}
            type="button"
            className={styles.filter}
            aria-pressed={filter === group.collection}
            onClick={() => choose(group.collection)}
          >
            {group.label} ({group.rows.length})
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className={styles.empty}>{text.reviewEmptyIn(labelOf.get(filter as ReviewedCollection) ?? '')}</p>
      ) : (
        <table className={styles.table}>
          <caption>{text.reviewCaption(months, rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{text.record}</th>
              {filter === ALL && <th scope="col">{text.collection}</th>}
              <th scope="col">{text.lastReviewed}</th>
              <th scope="col">{text.infoAsOf}</th>
              <th scope="col">
                <span className={styles.visuallyHidden}>{text.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => (
              <tr key={keyOf(row)}>
                <th scope="row">{row.title}</th>
                {filter === ALL && <td>{labelOf.get(row.collection)}</td>}
                <td>{row.reviewed}</td>
                <td>{row.infoAsOf}</td>
                <td className={styles.actions}>
                  <a href={row.url} aria-label={`${text.open}: ${row.title}`}>
                    {text.open}
                  </a>
                  <Button
                    buttonStyle="secondary"
                    size="xsmall"
                    margin={false}
                    disabled={busy === keyOf(row)}
                    aria-label={`${review.mark}: ${row.title}`}
                    onClick={() => void markReviewed(row)}
                  >
                    {review.mark}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMore shown={Math.min(shown, rows.length)} total={rows.length} onMore={more} />
    </>
  )
}
