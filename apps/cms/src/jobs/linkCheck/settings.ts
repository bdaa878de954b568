const positiveInt = (raw: string | undefined, fallback: number): number => {
  const value = Number(raw?.trim())
  return Number.isInteger(value) && value > 0 ? value : fallback
}

/** Link check settings from the environment (documented in .env.example). */
export const linkCheckSettings = () => ({
  /** Monday 03:00 unless LINK_CHECK_CRON says otherwise. */
  cron: process.env.LINK_CHECK_CRON?.trim() || '0 3 * * 1',
  timeoutMs: positiveInt(process.env.LINK_CHECK_TIMEOUT_MS, 10_000),
  concurrency: positiveInt(process.env.LINK_CHECK_CONCURRENCY, 4),
  maxRedirects: 10,
  userAgent: 'VIE-LinkCheck/1.0 (checks links in the VIE network directory; no crawling)',
})

export type LinkCheckSettings = ReturnType<typeof linkCheckSettings>
