/** Months after which a review (or the "information as of" date) is stale: REVIEW_INTERVAL_MONTHS, default 12. */
export const reviewIntervalMonths = (): number => {
  const value = Number(process.env.REVIEW_INTERVAL_MONTHS?.trim())
  return Number.isInteger(value) && value > 0 ? value : 12
}

/** The moment `months` calendar months before `now`. */
export const monthsBefore = (now: Date, months: number): Date => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}
