import type { Label } from '@vie/types'
import type { PayloadRequest } from 'payload'

import { isEditorRequest } from '../access/isEditor'
import { inLanguageOf } from '../validation/messages'

/** An error body shaped like Payload's own, in the requester's admin language. */
export const fail = (req: PayloadRequest, status: number, message: Label): Response =>
  Response.json({ errors: [{ message: inLanguageOf(req, message) }] }, { status })

/** 401 without a session, 403 for a signed-in non-editor, null for editors and admins. */
export const refuseNonEditors = (req: PayloadRequest): Response | null => {
  if (!req.user) return fail(req, 401, { de: 'Bitte zuerst anmelden.', en: 'Please sign in first.' })
  if (!isEditorRequest({ req })) {
    return fail(req, 403, { de: 'Nur für die Redaktion.', en: 'For editors only.' })
  }
  return null
}

/** The JSON body, or undefined when there is none or it is not JSON. */
export async function jsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}
