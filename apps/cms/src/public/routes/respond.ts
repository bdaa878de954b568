import type { Dump, Lang, Page } from '@vie/types'
import type { Request, Response } from 'express'

import { toCsv, type CsvColumn } from '../formats/csv'
import { itemListJsonLd, type JsonLd, JSONLD_CONTENT_TYPE, jsonLdText } from '../formats/jsonld'
import { sendCacheable, sendJson } from '../http/cache'
import { setPageHeaders } from '../http/pagination'
import { LICENCE, licenceLinkHeader } from '../opendata/licence'
import type { Scope } from './scope'

export type Format = 'json' | 'jsonld'

/** A list page as JSON (with the DTOs) or as a JSON-LD ItemList, with paging headers either way. */
export function sendPage<E, T>(
  req: Request,
  res: Response,
  scope: Scope,
  page: Page<E>,
  format: Format,
  view: { dto: (entry: E) => T; jsonld: (entry: E) => JsonLd },
): void {
  setPageHeaders(req, res, scope.api, page)
  if (format === 'jsonld') {
    const offset = (page.page - 1) * page.limit
    const url = `${scope.api}${req.url}`
    sendCacheable(req, res, jsonLdText(itemListJsonLd(page.items.map(view.jsonld), { url, total: page.total, offset, context: scope.urls.context })), JSONLD_CONTENT_TYPE)
    return
  }
  sendJson(req, res, { ...page, items: page.items.map(view.dto) })
}

export function sendRecord<T>(req: Request, res: Response, format: Format, dto: T, jsonld: () => JsonLd): void {
  if (format === 'jsonld') sendCacheable(req, res, jsonLdText(jsonld()), JSONLD_CONTENT_TYPE)
  else sendJson(req, res, dto)
}

/** The whole published collection in one language, with the licence in the body and the headers. */
export function sendDump<T>(req: Request, res: Response, scope: Scope, name: string, items: T[]): void {
  const dump: Dump<T> = { licence: LICENCE, lang: scope.lang, modified: scope.snapshot.modified, count: items.length, items }
  res.setHeader('Link', licenceLinkHeader)
  res.setHeader('Content-Disposition', `inline; filename="vie-${name}-${scope.lang}.json"`)
  sendJson(req, res, dump)
}

export function sendCsv<T>(req: Request, res: Response, lang: Lang, name: string, columns: CsvColumn<T>[], rows: T[]): void {
  res.setHeader('Link', licenceLinkHeader)
  res.setHeader('Content-Disposition', `attachment; filename="vie-${name}-${lang}.csv"`)
  sendCacheable(req, res, toCsv(columns, rows), 'text/csv; charset=utf-8; header=present')
}
