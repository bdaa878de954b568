import { type DashboardViewServerProps, DefaultDashboard } from '@payloadcms/next/views'
import { Gutter } from '@payloadcms/ui'
import type { CollectionSlug } from 'payload'

import { isAdminRequest } from '../../../access/isAdmin'
import { brokenLinks } from '../../../admin/dashboard/brokenLinks'
import { type DashboardContext, recordUrl } from '../../../admin/dashboard/context'
import { germanViolations } from '../../../admin/dashboard/germanViolations'
import { recentChanges } from '../../../admin/dashboard/recentChanges'
import { reviewQueue } from '../../../admin/dashboard/reviewQueue'
import { staleProfiles } from '../../../admin/dashboard/staleProfiles'
import { openProposals } from '../../../admin/dashboard/openProposals'
import { statusCounts } from '../../../admin/dashboard/statusCounts'
import { unlocatedMunicipalities } from '../../../admin/dashboard/unlocatedMunicipalities'
import { upcomingEvents } from '../../../admin/dashboard/upcomingEvents'
import { widgetBundle } from '../../../embed/widgetBundle'
import { linkCheckText, outcomeOf } from '../linkCheck/linkCheckText'
import BrokenLinks from './BrokenLinks'
import CompactTable from './CompactTable'
import styles from './dashboard.module.css'
import { dashboardText } from './dashboardText'
import RegisterMap from './RegisterMap'
import ReviewQueue from './ReviewQueue'
import RunLinkCheckButton from './RunLinkCheckButton'

/**
 * The admin's start page for editors: what is due, coming up, recently changed or broken, kept to
 * about three screens (long lists show their first rows and more on request). Admins also get
 * Payload's own collection overview below, for users and jobs. Every query runs with the
 * signed-in user's access.
 */
export default async function Dashboard(props: DashboardViewServerProps) {
  const { initPageResult, user } = props
  const { req } = initPageResult
  if (!user) return <DefaultDashboard {...props} />
  const lang = req.i18n.language === 'en' ? 'en' : 'de'
  const text = dashboardText[lang]
  const ctx: DashboardContext = { payload: req.payload, user, lang, adminRoute: req.payload.config.routes.admin, now: new Date() }
  const [counts, queue, events, changes, links, german, unlocated, profiles, proposals] = await Promise.all([
    statusCounts(ctx),
    reviewQueue(ctx),
    upcomingEvents(ctx),
    recentChanges(ctx),
    brokenLinks(ctx),
    germanViolations(req.payload, req),
    unlocatedMunicipalities(ctx),
    staleProfiles(ctx),
    openProposals(ctx),
  ])
  const { hashedName, integrity } = widgetBundle()

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

        <div className={styles.columns}>
          <section aria-labelledby="dashboard-counts">
            <h2 id="dashboard-counts">{text.counts}</h2>
            <table className={styles.table}>
              <caption className={styles.visuallyHidden}>{text.countsCaption}</caption>
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

          <section aria-labelledby="dashboard-events">
            <h2 id="dashboard-events">{text.events}</h2>
            {events.length === 0 ? (
              <p className={styles.empty}>{text.eventsEmpty}</p>
            ) : (
              <CompactTable
                step={5}
                caption={text.eventsCaption}
                head={
                  <tr>
                    <th scope="col">{text.event}</th>
                    <th scope="col">{text.start}</th>
                    <th scope="col">{text.city}</th>
                    <th scope="col">{text.state}</th>
                  </tr>
                }
                rows={events.map((event) => (
                  <tr key={event.id}>
                    <th scope="row">
                      <a href={event.url}>{event.title}</a>
                    </th>
                    <td>{date(event.start, true)}</td>
                    <td>{event.city ?? '–'}</td>
                    <td>{event.published ? text.publishedState : text.draftState}</td>
                  </tr>
                ))}
              />
            )}
          </section>
        </div>

        {german.length > 0 && (
          <section aria-labelledby="dashboard-german" data-testid="german-missing">
            <h2 id="dashboard-german">{text.german}</h2>
            <CompactTable
              step={5}
              caption={text.germanCaption(german.length)}
              head={
                <tr>
                  <th scope="col">{text.record}</th>
                  <th scope="col">{text.collection}</th>
                  <th scope="col">{text.missingFields}</th>
                </tr>
              }
              rows={german.map((row) => (
                <tr key={`${row.collection}-${row.id}`}>
                  <th scope="row">
                    <a href={recordUrl(ctx, row.collection, row.id)}>{row.slug || `#${row.id}`}</a>
                  </th>
                  <td>{collectionLabel(row.collection)}</td>
                  <td>
                    {row.fields.map((field) => (
                      <code key={field} className={styles.field}>
                        {field}
                      </code>
                    ))}
                  </td>
                </tr>
              ))}
            />
          </section>
        )}

        <section aria-labelledby="dashboard-review" data-testid="review-queue">
          <h2 id="dashboard-review">{text.review}</h2>
          <ReviewQueue
            months={queue.months}
            groups={queue.groups.map((group) => ({
              collection: group.collection,
              label: collectionLabel(group.collection),
              rows: group.due.map((row) => ({
                collection: row.collection,
                id: row.id,
                title: row.title,
                url: row.url,
                reviewed: date(row.reviewedAt),
                infoAsOf: row.infoAsOf ? monthOf(row.infoAsOf) : '–',
              })),
            }))}
          />
        </section>

        <section aria-labelledby="dashboard-proposals" data-testid="open-proposals">
          <h2 id="dashboard-proposals">{text.proposals}</h2>
          {proposals.length === 0 ? (
            <p className={styles.empty}>{text.proposalsEmpty}</p>
          ) : (
            <CompactTable
              step={5}
              caption={text.proposalsCaption(proposals.length)}
              head={
                <tr>
                  <th scope="col">{text.receipt}</th>
                  <th scope="col">{text.proposalTarget}</th>
                  <th scope="col">{text.proposalFields}</th>
                  <th scope="col">{text.confirmedAt}</th>
                </tr>
              }
              rows={proposals.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={row.url}>{row.receipt}</a>
                  </th>
                  <td>{row.target}</td>
                  <td>{row.fields}</td>
                  <td>{date(row.confirmedAt, true)}</td>
                </tr>
              ))}
            />
          )}
        </section>

        <section aria-labelledby="dashboard-profiles" data-testid="stale-profiles">
          <h2 id="dashboard-profiles">{text.profiles}</h2>
          {profiles.rows.length === 0 ? (
            <p className={styles.empty}>{text.profilesEmpty(profiles.months)}</p>
          ) : (
            <CompactTable
              step={3}
              caption={text.profilesCaption(profiles.months, profiles.rows.length)}
              head={
                <tr>
                  <th scope="col">{text.municipality}</th>
                  <th scope="col">{text.profileAsOf}</th>
                  <th scope="col">{text.openToPartnership}</th>
                </tr>
              }
              rows={profiles.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={row.url}>{row.title}</a>
                  </th>
                  <td>{date(row.asOf)}</td>
                  <td>{row.open ? text.yes : text.notNow}</td>
                </tr>
              ))}
            />
          )}
        </section>

        <section aria-labelledby="dashboard-changes" data-testid="recent-changes">
          <h2 id="dashboard-changes">{text.changes}</h2>
          {changes.length === 0 ? (
            <p className={styles.empty}>{text.changesEmpty}</p>
          ) : (
            <CompactTable
              step={8}
              caption={text.changesCaption}
              head={
                <tr>
                  <th scope="col">{text.record}</th>
                  <th scope="col">{text.collection}</th>
                  <th scope="col">{text.state}</th>
                  <th scope="col">{text.when}</th>
                  <th scope="col">{text.who}</th>
                  <th scope="col">{text.compare}</th>
                </tr>
              }
              rows={changes.map((change) => (
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
            />
          )}
        </section>

        <section aria-labelledby="dashboard-links" data-testid="broken-links">
          <div className={styles.sectionHead}>
            <h2 id="dashboard-links">{text.links}</h2>
            {links.lastCheckedAt && (
              <span className={styles.muted}>
                {text.lastCheck}: {date(links.lastCheckedAt, true)}
              </span>
            )}
            <RunLinkCheckButton />
          </div>
          {!links.lastCheckedAt ? (
            <p className={styles.empty}>{text.linksNever}</p>
          ) : links.records.length === 0 ? (
            <p className={styles.empty}>{text.linksEmpty}</p>
          ) : (
            <BrokenLinks
              records={links.records.map((record) => ({
                collection: record.collection,
                id: record.id,
                title: record.title,
                label: collectionLabel(record.collection),
                url: record.url,
                checked: date(record.checkedAt, true),
                ignored: record.ignored,
                links: record.broken.map((result) => ({ field: result.field, url: result.url, outcome: outcomeOf(result, linkCheckText[lang].noAnswer) })),
              }))}
            />
          )}
        </section>
        <section aria-labelledby="dashboard-map" data-testid="dashboard-map">
          <h2 id="dashboard-map">{text.map}</h2>
          <RegisterMap bundle={{ hashedName, integrity }} lang={lang} label={text.showMap} />
          <h3>{text.unlocated}</h3>
          {unlocated.length === 0 ? (
            <p className={styles.empty}>{text.unlocatedEmpty}</p>
          ) : (
            <CompactTable
              step={5}
              caption={text.unlocatedCaption(unlocated.length)}
              head={
                <tr>
                  <th scope="col">{text.record}</th>
                  <th scope="col">{text.country}</th>
                </tr>
              }
              rows={unlocated.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={row.url}>{row.name}</a>
                  </th>
                  <td>{row.country}</td>
                </tr>
              ))}
            />
          )}
        </section>
      </Gutter>
      {isAdminRequest({ req }) && <DefaultDashboard {...props} />}
    </>
  )
}
