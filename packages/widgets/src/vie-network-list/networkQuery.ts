import type { NetworkQuery } from '@vie/types'

import { apiUrl, type QueryParams } from '../shared/api'

/** The filters a list asks for, as its attributes and controls set them. */
export type NetworkFilters = Pick<NetworkQuery, 'category' | 'initiative' | 'scope' | 'municipality' | 'q' | 'sort'> & {
  /** Topic slugs, separated by spaces or commas in the attribute. */
  topic?: string
}

const PAGE_SIZE = 10

/** Page size from the `limit` attribute: 1–100, default 10. */
export const pageSize = (limit: number | undefined): number =>
  Number.isInteger(limit) && (limit as number) > 0 ? Math.min(limit as number, 100) : PAGE_SIZE

export const topicList = (topic: string | undefined): string[] => (topic ?? '').split(/[\s,]+/).filter(Boolean)

/**
 * The URL of each page loaded so far (1…pages). Page 1 carries no `page` parameter, so it is the
 * same URL another list on the page would ask and shares its request.
 */
export function networkPageUrls(api: string, filters: NetworkFilters, limit: number, pages: number, lang: string): string[] {
  const { topic, ...rest } = filters
  const params: QueryParams = { ...rest, theme: topicList(topic), limit, lang }
  return Array.from({ length: pages }, (_, i) => apiUrl(api, 'networks', i ? { ...params, page: i + 1 } : params))
}
