import type { InvalidParam, Label, Lang, ProposalCollection } from '@vie/types'
import type { PayloadRequest } from 'payload'

import type { FlatRow } from '../importExport/flatRecord'
import { decodeValue } from '../importExport/values'
import { validateOf } from '../fields/validateOf'
import { checkCalendarDate } from '../validation/date'
import { checkEmail } from '../validation/email'
import { isObject } from '../validation/isObject'
import { checkMaxLength } from '../validation/length'
import { isSlug } from '../validation/slug'
import { checkHttpUrl } from '../validation/url'
import { NEW_EVENT_REQUIRED, PROPOSAL_COLLECTIONS } from './allowList'
import { type ProposableColumn, proposableColumns } from './proposalFields'

/** Limits of the submitter's own fields, in characters. */
export const SUBMITTER_LIMITS = { name: 200, organisation: 200, message: 2_000 } as const

export type ProposalTarget = { collection: ProposalCollection; slug: string } | { collection: 'events'; slug: null }

type ValidProposal = {
  target: ProposalTarget
  changes: FlatRow
  message: string
  submitter: { name: string; email: string; organisation: string }
  lang: Lang
}

type Problems = { params: InvalidParam[]; add: (name: string, reason: Label, value?: unknown) => void }

function problems(lang: Lang): Problems {
  const params: InvalidParam[] = []
  return { params, add: (name, reason, value) => params.push({ name, reason: reason[lang], ...(value === undefined ? {} : { value: String(value).slice(0, 200) }) }) }
}

/**
 * A plain text of the submitter: a string, not too long. Like every text of the register it is
 * kept as typed, never as HTML: markup in it stays characters wherever it is shown.
 */
function plainText(p: Problems, name: string, label: Label, value: unknown, max: number, required: boolean): string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (value !== undefined && value !== null && typeof value !== 'string') p.add(name, { de: `${label.de}: Text erwartet.`, en: `${label.en}: text expected.` })
  else if (required && text === '') p.add(name, { de: `${label.de}: Bitte angeben.`, en: `${label.en}: required.` })
  else {
    const length = checkMaxLength(text, label, max)
    if (length !== true) p.add(name, length)
  }
  return text
}

function checkTarget(p: Problems, value: unknown): ProposalTarget | null {
  const label = { de: 'Ziel', en: 'Target' }
  if (!isObject(value)) {
    p.add('target', { de: 'Ziel: { collection, slug } oder { collection: "events", new: true } erwartet.', en: 'Target: expected { collection, slug } or { collection: "events", new: true }.' })
    return null
  }
  const collection = PROPOSAL_COLLECTIONS.find((c) => c === value.collection)
  if (!collection) {
    p.add('target.collection', { de: `${label.de}: eine von ${PROPOSAL_COLLECTIONS.join(', ')}.`, en: `${label.en}: one of ${PROPOSAL_COLLECTIONS.join(', ')}.` }, value.collection)
    return null
  }
  if (collection === 'events' && value.new === true) return { collection, slug: null }
  if (!isSlug(value.slug)) {
    p.add('target.slug', { de: 'Ziel: Kurzname (slug) des Eintrags fehlt oder ist ungültig.', en: 'Target: the record’s slug is missing or invalid.' }, value.slug)
    return null
  }
  return { collection, slug: value.slug }
}

/** One proposed value, checked against its field: type, options, length, form. */
async function checkChange(req: PayloadRequest, p: Problems, column: ProposableColumn, value: unknown, lang: Lang): Promise<FlatRow[string] | undefined> {
  const key = column.column.key
  const label = column.label
  const decoded = decodeValue(column.column, value)
  if ('error' in decoded) {
    p.add(key, { de: `${label.de}: ${decoded.error.de}`, en: `${label.en}: ${decoded.error.en}` }, value)
    return undefined
  }
  const texts = (Array.isArray(decoded.value) ? decoded.value : [decoded.value]).filter((v): v is string => typeof v === 'string')
  const verdicts = [
    column.maxLength ? checkMaxLength(decoded.value, label, column.maxLength) : true,
    column.type === 'url' ? checkHttpUrl(decoded.value, label) : true,
    column.type === 'email' ? checkEmail(decoded.value, label) : true,
    column.type === 'date' || column.type === 'datetime' ? checkCalendarDate(decoded.value, label) : true,
  ]
  const failed = verdicts.find((v) => v !== true)
  if (failed) {
    p.add(key, failed)
    return undefined
  }
  const field = column.field
  if (column.type === 'number') {
    // The field's own rule (a year from 1900, a count above zero), in the submitter's language.
    const verdict = await validateOf(field)(decoded.value, { req: { ...req, i18n: { ...req.i18n, language: lang } } as PayloadRequest, required: false })
    if (verdict !== true) {
      p.add(key, { de: verdict, en: verdict }, value)
      return undefined
    }
  }
  if (field.type === 'select' || field.type === 'radio') {
    const allowed = new Set(field.options.map((o) => (typeof o === 'string' ? o : o.value)))
    const unknown = texts.filter((text) => !allowed.has(text))
    if (unknown.length) {
      p.add(key, { de: `${label.de}: unbekannter Wert ${unknown.join(', ')}.`, en: `${label.en}: unknown value ${unknown.join(', ')}.` }, unknown.join(', '))
      return undefined
    }
  }
  if (column.relationTo && texts.length) {
    const { docs } = await req.payload.find({ collection: column.relationTo as ProposalCollection, where: { slug: { in: texts } }, depth: 0, limit: texts.length, select: { slug: true }, locale: lang, overrideAccess: false })
    const found = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
    const missing = texts.filter((text) => !found.has(text))
    if (missing.length) {
      p.add(key, { de: `${label.de}: nicht im Register: ${missing.join(', ')}.`, en: `${label.en}: not in the register: ${missing.join(', ')}.` }, missing.join(', '))
      return undefined
    }
  }
  return decoded.value
}

/**
 * A submission checked as a whole, every problem named with its field: the target, each proposed
 * value against its field, the submitter's details and consent. Nothing is stored unless all hold.
 */
export async function validateProposal(req: PayloadRequest, body: unknown, lang: Lang): Promise<{ valid: ValidProposal } | { invalid: InvalidParam[] }> {
  const p = problems(lang)
  if (!isObject(body)) return { invalid: [{ name: 'body', reason: lang === 'de' ? 'Ein JSON-Objekt erwartet.' : 'A JSON object expected.' }] }
  const target = checkTarget(p, body.target)
  const changes: FlatRow = {}
  if (target) {
    const columns = new Map(proposableColumns(req, target.collection).map((c) => [c.column.key, c]))
    if (!isObject(body.changes) || Object.keys(body.changes).length === 0) {
      p.add('changes', { de: 'Änderungen: mindestens ein Feld mit neuem Wert angeben.', en: 'Changes: give at least one field with a new value.' })
    } else {
      for (const [key, value] of Object.entries(body.changes)) {
        const column = columns.get(key)
        if (!column) {
          p.add(`changes.${key}`, { de: `${key}: kein Feld, zu dem Vorschläge möglich sind.`, en: `${key}: not a field that takes proposals.` })
          continue
        }
        const checked = await checkChange(req, p, column, value, lang)
        if (checked !== undefined) changes[key] = checked
      }
      if (target.slug === null) {
        for (const key of NEW_EVENT_REQUIRED) if (changes[key] === undefined || changes[key] === null) p.add(key, { de: `${columns.get(key)?.label.de ?? key}: Bitte angeben.`, en: `${columns.get(key)?.label.en ?? key}: required.` })
        if (!changes['title.de'] && !changes['title.en']) p.add('title.de', { de: 'Titel: auf Deutsch oder Englisch angeben.', en: 'Title: give it in German or English.' })
      }
    }
  }
  const submitter = isObject(body.submitter) ? body.submitter : {}
  const name = plainText(p, 'submitter.name', { de: 'Name', en: 'Name' }, submitter.name, SUBMITTER_LIMITS.name, true)
  const organisation = plainText(p, 'submitter.organisation', { de: 'Organisation', en: 'Organisation' }, submitter.organisation, SUBMITTER_LIMITS.organisation, false)
  const email = typeof submitter.email === 'string' ? submitter.email.trim() : ''
  const emailCheck = email === '' ? { de: 'E-Mail-Adresse: Bitte angeben.', en: 'E-mail address: required.' } : checkEmail(email, { de: 'E-Mail-Adresse', en: 'E-mail address' })
  if (emailCheck !== true) p.add('submitter.email', emailCheck)
  const message = plainText(p, 'message', { de: 'Nachricht', en: 'Message' }, body.message, SUBMITTER_LIMITS.message, false)
  if (body.consent !== true) p.add('consent', { de: 'Bitte stimmen Sie dem Datenschutzhinweis zu.', en: 'Please agree to the privacy notice.' })
  if (p.params.length || !target) return { invalid: p.params }
  return { valid: { target, changes, message, submitter: { name, email, organisation }, lang } }
}
