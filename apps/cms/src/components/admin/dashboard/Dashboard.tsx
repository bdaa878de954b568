import { type DashboardViewServerProps, DefaultDashboard } from '@payloadcms/next/views'
import { Gutter } from '@payloadcms/ui'
import type { CollectionSlug } from 'payload'

import { brokenLinks } from '../../../admin/dashboard/brokenLinks'
import type { DashboardContext } from '../../../admin/dashboard/context'
import { recentChanges } from '../../../admin/dashboard/recentChanges'
import { reviewQueue } from '../../../admin/dashboard/reviewQueue'
import { statusCounts } from '../../../admin/dashboard/statusCounts'
import { upcomingEvents } from '../../../admin/dashboard/upcomingEvents'
import { linkCheckText, outcomeOf } from '../linkCheck/linkCheckText'
import styles from './dashboard.module.css'
import { dashboardText } from './dashboardText'
import RunLinkCheckButton from './RunLinkCheckButton'

/** How many due records the page lists; the caption gives the full number. */
const REVIEW_ROWS = 30

/**
 * The admin's start page for editors: what is due, coming up, recently changed or broken, then
 * Payload's own collection overview (with any before/after dashboard components). Every query
 * runs with the signed-in user's access.
 */
export default async function Dashboard(props: DashboardViewServerProps) {
  const { initPageResult, user } = props
  const { req } = initPageResult
  if (!user) return <DefaultDashboard {...props} />
  const lang = req.i18n.language === 'en' ? 'en' : 'de'
  const text = dashboardText[lang]
  const ctx: DashboardContext = { payload: req.payload, user, lang, adminRoute: req.payload.config.routes.admin, now: new Date() }
  const [counts, queue, events, changes, links] = await Promise.all([
    statusCounts(ctx),
    reviewQueue(ctx),
    upcomingEvents(ctx),
    recentChanges(ctx),
    brokenLinks(ctx),
  ])

  const collectionLabel = (slug: CollectionSlug): string => {
    const plural = req.payload.collections[slug].config.labels.plural
    return typeof plural === 'string' ? plural : ((plural as Record<string, string>)[lang] ?? slug)
  }
  const locale = lang === 'en' ? 'en-GB' : 'de-DE'
  const date = (value: string | null, withTime = false): string =>
    value
      ? new Intl.DateTimeFormat(locale, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          // The server does not know the reader's time zone, so it names the one it uses.
          ...(withTime ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : {}),
          timeZone: 'Europe/Berlin',
        }).format(new Date(value))
      : text.never
  const monthOf = (value: string): string =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date(value))
  const listUrl = (slug: CollectionSlug) => `${ctx.adminRoute}/collections/${slug}`

  return (
    <>
    <Gutter className={styles.dashboard}>
      <h1 className={styles.title}>{text.title}</h1>
      <p className={styles.intro}>{text.intro}</p>

      <section aria-labelledby="dashboard-counts">
        <h2 id="dashboard-counts">{text.counts}</h2>
        <table className={styles.table}>
          <caption>{text.countsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.collection}</th>
              <th scope="col">{text.total}</th>
              <th scope="col">{text.published}</th>
              <th scope="col">{text.draft}</th>
              <th scope="col">{text.changed}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((row) => (
              <tr key={row.collection}>
                <th scope="row">
                  <a href={listUrl(row.collection)}>{collectionLabel(row.collection)}</a>
                </th>
                <td className={styles.number}>{row.total}</td>
                {row.published === null ? (
                  <td colSpan={3} className={styles.muted}>
                    {text.notApplicable}
                  </td>
                ) : (
                  <>
                    <td className={styles.number}>{row.published}</td>
                    <td className={styles.number}>{row.draft}</td>
                    <td className={styles.number}>{row.changed}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="dashboard-review" data-testid="review-queue">
        <h2 id="dashboard-review">{text.review}</h2>
        {queue.due.length === 0 ? (
          <p className={styles.empty}>{text.reviewEmpty(queue.months)}</p>
        ) : (
          <>
            <table className={styles.table}>
              <caption>{text.reviewCaption(queue.months, queue.due.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.record}</th>
                  <th scope="col">{text.collection}</th>
                  <th scope="col">{text.lastReviewed}</th>
                  <th scope="col">{text.infoAsOf}</th>
                </tr>
              </thead>
              <tbody>
                {queue.due.slice(0, REVIEW_ROWS).map((row) => (
                  <tr key={`${row.collection}-${row.id}`}>
                    <th scope="row">
                      <a href={row.url}>{row.title}</a>
                    </th>
                    <td>{collectionLabel(row.collection)}</td>
                    <td>{date(row.reviewedAt)}</td>
                    <td>{row.infoAsOf ? monthOf(row.infoAsOf) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {queue.due.length > REVIEW_ROWS && <p className={styles.muted}>{text.shown(REVIEW_ROWS, queue.due.length)}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="dashboard-events">
        <h2 id="dashboard-events">{text.events}</h2>
        {events.length === 0 ? (
          <p className={styles.empty}>{text.eventsEmpty}</p>
        ) : (
          <table className={styles.table}>
            <caption>{text.eventsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.event}</th>
                <th scope="col">{text.start}</th>
                <th scope="col">{text.city}</th>
                <th scope="col">{text.state}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row">
                    <a href={event.url}>{event.title}</a>
                  </th>
                  <td>{date(event.start, true)}</td>
                  <td>{event.city ?? '–'}</td>
                  <td>{event.published ? text.publishedState : text.draftState}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="dashboard-changes" data-testid="recent-changes">
        <h2 id="dashboard-changes">{text.changes}</h2>
        {changes.length === 0 ? (
          <p className={styles.empty}>{text.changesEmpty}</p>
        ) : (
          <table className={styles.table}>
            <caption>{text.changesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.record}</th>
                <th scope="col">{text.collection}</th>
                <th scope="col">{text.state}</th>
                <th scope="col">{text.when}</th>
                <th scope="col">{text.who}</th>
                <th scope="col">{text.compare}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={`${change.collection}-${change.versionId}`}>
                  <th scope="row">{change.title}</th>
                  <td>{collectionLabel(change.collection)}</td>
                  <td>{change.status === 'published' ? text.publishedState : text.draftState}</td>
                  <td>{date(change.at, true)}</td>
                  <td>{change.by ?? <span className={styles.muted}>{text.system}</span>}</td>
                  <td>
                    <a href={change.diffUrl} aria-label={`${text.compare}: ${change.title}, ${date(change.at, true)}`}>
                      {text.compare}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="dashboard-links" data-testid="broken-links">
        <div className={styles.sectionHead}>
          <h2 id="dashboard-links">{text.links}</h2>
          <RunLinkCheckButton />
        </div>
        {links.lastCheckedAt && (
          <p>
            {text.lastCheck}: {date(links.lastCheckedAt, true)}
          </p>
        )}
        {!links.lastCheckedAt ? (
          <p className={styles.empty}>{text.linksNever}</p>
        ) : links.broken.length === 0 ? (
          <p className={styles.empty}>{text.linksEmpty}</p>
        ) : (
          <table className={styles.table}>
            <caption>{text.linksCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.record}</th>
                <th scope="col">{text.field}</th>
                <th scope="col">{text.link}</th>
                <th scope="col">{text.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {links.broken.map((row) => (
                <tr key={`${row.collection}-${row.id}-${row.result.field}`}>
                  <th scope="row">
                    <a href={row.url}>{row.title}</a>
                  </th>
                  <td>
                    <code>{row.result.field}</code>
                  </td>
                  <td className={styles.url}>{row.result.url}</td>
                  <td className={styles.problem}>{outcomeOf(row.result, linkCheckText[lang].noAnswer)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Gutter>
    <DefaultDashboard {...props} />
    </>
  )
}
