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
  brokenCount: number
  results: LinkResult[]
}
