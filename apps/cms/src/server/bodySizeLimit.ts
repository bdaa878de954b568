import type { NextFunction, Request, Response } from 'express'

import { BODY_LIMIT_MB } from '../config/requestLimits'

const MESSAGE = {
  de: `Die Anfrage ist größer als ${BODY_LIMIT_MB} MB und wurde nicht angenommen. Texte haben eigene, viel kleinere Höchstlängen; bitte die Eingaben kürzen.`,
  en: `The request is larger than ${BODY_LIMIT_MB} MB and was not accepted. Texts have their own, much smaller limits; please shorten the input.`,
}

/**
 * Refuses a body announced larger than the limit with a 413 that says so, in the shape of
 * Payload's errors (the admin shows the message). Below it, Payload and Next read the body and
 * the field rules speak; above it, their parsers would answer with a 500.
 */
export function bodySizeLimit(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const length = Number(req.headers['content-length'] ?? 0)
    if (!(length > maxBytes)) {
      next()
      return
    }
    const lang = req.acceptsLanguages('de', 'en') === 'en' ? 'en' : 'de'
    // The body is read and dropped (Node does so for an unread request once the answer is sent):
    // closing the connection instead would leave the browser with a write error, not this answer.
    res.status(413).json({ errors: [{ message: MESSAGE[lang] }] })
  }
}
