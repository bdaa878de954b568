'use client'
import type { ReactNode } from 'react'

import styles from './dashboard.module.css'
import { ShowMore, useShown } from './ShowMore'

/** A table that shows its first `step` rows and more on request, so long lists stay short. */
export default function CompactTable({ caption, head, rows, step }: { caption: string; head: ReactNode; rows: ReactNode[]; step: number }) {
  const { shown, more } = useShown(step)
  return (
    <>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{rows.slice(0, shown)}</tbody>
      </table>
      <ShowMore shown={Math.min(shown, rows.length)} total={rows.length} onMore={more} />
    </>
  )
}
