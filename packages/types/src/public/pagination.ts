import type { Lang } from './common'

/**
 * A page of a list endpoint. The same numbers travel as headers (`X-Total-Count`, `Link` with
 * first/prev/next/last) for clients that only read headers.
 */
export interface Page<T> {
  items: T[]
  /** Matching records over all pages. */
  total: number
  /** 1-based. */
  page: number
  /** Number of pages (0 when nothing matches). */
  pages: number
  limit: number
  lang: Lang
}

/** Bounds of `limit` on every list endpoint. */
export interface PageQuery {
  /** 1–100, default 20. */
  limit?: number
  /** 1-based, default 1. */
  page?: number
}
