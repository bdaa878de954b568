import type { ProposalCollection } from '@vie/types'
import type { PayloadRequest } from 'payload'

import { GERMAN_REQUIRED } from '../fields/germanRequired'
import { proposableColumns } from './proposalFields'

const blank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/**
 * A new record proposed in English only cannot be published as it is: German is required for
 * every published title (issue 11). Publishing it copies the English of each German-required
 * text into German and returns the paths copied, so the record is marked "German copied from
 * English" and the German API shows the text as an English fallback until an editor translates.
 */
export function copyEnglishIntoGerman(req: PayloadRequest, collection: ProposalCollection, row: Record<string, unknown>): string[] {
  return proposableColumns(req, collection).flatMap(({ column, field }) => {
    if (column.locale !== 'en' || field.custom?.[GERMAN_REQUIRED] !== true) return []
    const path = column.key.slice(0, -'.en'.length)
    const german = `${path}.de`
    if (blank(row[column.key]) || !blank(row[german])) return []
    row[german] = row[column.key]
    return [path]
  })
}
