import type { Page } from '@vie/types'
import type { Request, Response } from 'express'

/**
 * RFC 8288 Link (first, prev, next, last) and X-Total-Count for a page, the links keeping every
 * other query parameter of the request.
 */
export function setPageHeaders(req: Request, res: Response, api: string, page: Page<unknown>): void {
  const at = (n: number) => {
    const url = new URL(`${api}${req.path}`)
    for (const [name, value] of Object.entries(req.query)) {
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && name !== 'page') url.searchParams.append(name, v)
    }
    url.searchParams.set('page', String(n))
    return url.toString()
  }
  const links = [`<${at(1)}>; rel="first"`]
  const last = Math.max(page.pages, 1)
  // From an (empty) page past the end, "prev" leads back to the last page that has entries.
  if (page.page > 1) links.push(`<${at(Math.min(page.page - 1, last))}>; rel="prev"`)
  if (page.page < page.pages) links.push(`<${at(page.page + 1)}>; rel="next"`)
  links.push(`<${at(last)}>; rel="last"`)
  res.setHeader('Link', links.join(', '))
  res.setHeader('X-Total-Count', String(page.total))
}
