/** The outcome for one web address of a record. */
export type LinkResult = {
  /** Field path, e.g. `websites.0.url` or `strategyDocument.url`. */
  field: string
  url: string
  /** Final HTTP status, null when no answer came (timeout, DNS, refused). */
  status: number | null
  /** Where the redirects ended; equal to `url` without redirects. */
  finalUrl: string
  /** Every address answered with a redirect, in order. */
  redirects: string[]
  error: string | null
  ok: boolean
}

/** What the `linkCheck` group of a record holds. */
export type LinkCheckRecord = {
  checkedAt: string
  /** Failed links not counted as ignored. */
  brokenCount: number
  results: LinkResult[]
  /** Addresses the editors chose to ignore; kept only while the record still links to them. */
  ignoredUrls?: string[] | null
}

/** The failed results an editor has not chosen to ignore. */
export const brokenResults = (check: Pick<LinkCheckRecord, 'results' | 'ignoredUrls'>): LinkResult[] => {
  const ignored = new Set(check.ignoredUrls ?? [])
  return (check.results ?? []).filter((result) => !result.ok && !ignored.has(result.url))
}
