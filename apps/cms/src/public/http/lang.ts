import type { Lang } from '@vie/types'
import type { NextFunction, Request, Response } from 'express'

import { isLang, langFromAcceptLanguage } from '../i18n/lang'

/** The answer's language: a valid `lang` parameter, else Accept-Language, else German. */
export function negotiateLang(req: Request): Lang {
  const param = req.query.lang
  return isLang(param) ? param : langFromAcceptLanguage(req.headers['accept-language'])
}

/** Settles the language once per request; problems and bodies alike use `langOf(res)`. */
export function langMiddleware() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const lang = negotiateLang(req)
    res.locals.lang = lang
    res.setHeader('Content-Language', lang)
    next()
  }
}

export const langOf = (res: Response): Lang => (isLang(res.locals.lang) ? res.locals.lang : 'de')
