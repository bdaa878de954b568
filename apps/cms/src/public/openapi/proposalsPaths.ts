import type { Lang } from '@vie/types'

import { PROPOSAL_COLLECTIONS } from '../../proposals/allowList'
import type { Schema } from './schemas'

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } })
const json = (schema: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } })
const noStore = { 'Cache-Control': { description: 'no-store', schema: { type: 'string', const: 'no-store' } } }

const value: Schema = { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }, { type: 'null' }] }

/** Schemas of the proposal endpoints, beside those of the read API. */
export const proposalSchemas: Record<string, Schema> = {
  ProposalChallenge: {
    type: 'object',
    required: ['algorithm', 'challenge', 'salt', 'signature'],
    properties: {
      algorithm: { type: 'string', enum: ['SHA-256', 'SHA-384', 'SHA-512'] },
      challenge: { type: 'string' },
      maxnumber: { type: 'integer' },
      salt: { type: 'string' },
      signature: { type: 'string' },
    },
  },
  ProposalField: {
    type: 'object',
    required: ['key', 'label', 'type', 'value'],
    properties: {
      key: { type: 'string' },
      label: { type: 'string' },
      type: { type: 'string', enum: ['text', 'textarea', 'number', 'url', 'email', 'date', 'datetime', 'select', 'multiselect', 'boolean'] },
      lang: { type: 'string', enum: ['de', 'en'] },
      value,
      options: { type: 'array', items: { type: 'object', required: ['value', 'label'], properties: { value: { type: 'string' }, label: { type: 'string' } } } },
      maxLength: { type: 'integer' },
      min: { type: 'number' },
      max: { type: 'number' },
      required: { type: 'boolean' },
    },
  },
  ProposalForm: {
    type: 'object',
    required: ['target', 'fields', 'privacyNotice', 'limits'],
    properties: {
      target: {
        type: 'object',
        required: ['collection', 'slug', 'name'],
        properties: { collection: { type: 'string', enum: PROPOSAL_COLLECTIONS }, slug: { type: ['string', 'null'] }, name: { type: ['string', 'null'] } },
      },
      fields: { type: 'array', items: { $ref: '#/components/schemas/ProposalField' } },
      privacyNotice: { type: 'string' },
      limits: { type: 'object', properties: { message: { type: 'integer' }, name: { type: 'integer' }, organisation: { type: 'integer' } } },
    },
  },
  ProposalRequest: {
    type: 'object',
    required: ['target', 'changes', 'submitter', 'consent', 'altcha'],
    properties: {
      target: {
        oneOf: [
          { type: 'object', required: ['collection', 'slug'], properties: { collection: { type: 'string', enum: PROPOSAL_COLLECTIONS }, slug: { type: 'string' } } },
          { type: 'object', required: ['collection', 'new'], properties: { collection: { const: 'events' }, new: { const: true } } },
        ],
      },
      changes: { type: 'object', additionalProperties: value, minProperties: 1 },
      message: { type: 'string', maxLength: 2000 },
      submitter: {
        type: 'object',
        required: ['name', 'email'],
        properties: { name: { type: 'string', maxLength: 200 }, email: { type: 'string', format: 'email' }, organisation: { type: 'string', maxLength: 200 } },
      },
      consent: { const: true },
      altcha: { type: 'string', description: 'The solved challenge of /proposals/challenge (ALTCHA payload, base64).' },
      website: { type: 'string', maxLength: 0, description: 'Leave empty.' },
      lang: { type: 'string', enum: ['de', 'en'] },
    },
  },
  ProposalReceipt: { type: 'object', required: ['receipt'], properties: { receipt: { type: 'string', pattern: '^P-[A-Z2-9]{8}$' } } },
}

const TEXT = {
  challenge: { de: 'Rechenaufgabe (ALTCHA) für einen Vorschlag', en: 'Proof-of-work challenge (ALTCHA) for a proposal' },
  form: { de: 'Formular eines Eintrags mit den aktuellen Werten', en: 'The form of a record with its current values' },
  submit: { de: 'Änderung oder neue Veranstaltung vorschlagen', en: 'Propose a change or a new event' },
  submitDescription: {
    de: 'Nimmt einen Vorschlag an (202) und schickt einen Bestätigungslink an die angegebene E-Mail-Adresse; erst nach der Bestätigung sieht ihn die Redaktion. Nur geänderte Felder, reiner Text, gelöste Rechenaufgabe, Einwilligung in den Datenschutzhinweis.',
    en: 'Accepts a proposal (202) and mails a confirmation link to the address given; the editors see it only once confirmed. Changed fields only, plain text, a solved challenge, consent to the privacy notice.',
  },
  confirm: { de: 'Vorschlag bestätigen (Link aus der E-Mail)', en: 'Confirm a proposal (the link in the mail)' },
  ok: { de: 'Erfolg', en: 'Success' },
  accepted: { de: 'Angenommen; Bestätigung per E-Mail ausstehend', en: 'Accepted; awaiting confirmation by e-mail' },
  invalid: { de: 'Fehlerhafte Eingabe, jedes Feld benannt', en: 'Invalid input, each field named' },
  notFound: { de: 'Unbekannte Sammlung oder unbekannter Eintrag', en: 'Unknown collection or record' },
  tooMany: { de: 'Zu viele Vorschläge (pro Client oder E-Mail-Adresse)', en: 'Too many proposals (per client or e-mail address)' },
  page: { de: 'Eine kleine HTML-Seite mit dem Ergebnis', en: 'A small HTML page with the outcome' },
} satisfies Record<string, Record<Lang, string>>

/**
 * Unlike the read API, these endpoints do not refuse other values: a confirmation link or form
 * must still open, in the language Accept-Language asks for.
 */
const langParam = (lang: Lang) => ({
  name: 'lang',
  in: 'query',
  required: false,
  description: lang === 'de' ? 'Sprache; ohne gültigen Wert gilt Accept-Language, sonst Deutsch.' : 'Language; without a valid value Accept-Language applies, else German.',
  schema: { type: 'string', enum: ['de', 'en'] },
})

/** The tag of the proposal endpoints, described like the read API's tags. */
export const proposalTag = (lang: Lang) => ({
  name: 'proposals',
  description: lang === 'de' ? 'Vorschläge der Öffentlichkeit: Änderungen an Einträgen und neue Veranstaltungen, nach Bestätigung per E-Mail von der Redaktion geprüft.' : 'Proposals from the public: changes to records and new events, reviewed by the editors once confirmed by e-mail.',
})

/** The proposal endpoints in the OpenAPI document: the one part of /public/v1 that takes input. */
export function proposalPaths(lang: Lang): Record<string, Record<string, Record<string, unknown>>> {
  const tags = ['proposals']
  return {
    '/proposals/challenge': {
      get: { operationId: 'getProposalChallenge', tags, summary: TEXT.challenge[lang], responses: { '200': { description: TEXT.ok[lang], headers: noStore, content: json('ProposalChallenge') }, '429': problem(TEXT.tooMany[lang]) } },
    },
    '/proposals/form/{collection}/{slug}': {
      get: {
        operationId: 'getProposalForm',
        tags,
        summary: TEXT.form[lang],
        parameters: [
          { name: 'collection', in: 'path', required: true, schema: { type: 'string', enum: PROPOSAL_COLLECTIONS } },
          { name: 'slug', in: 'path', required: true, description: '`new` with `events`: a new event', schema: { type: 'string' } },
          langParam(lang),
        ],
        responses: { '200': { description: TEXT.ok[lang], headers: noStore, content: json('ProposalForm') }, '404': problem(TEXT.notFound[lang]), '429': problem(TEXT.tooMany[lang]) },
      },
    },
    '/proposals': {
      post: {
        operationId: 'submitProposal',
        tags,
        summary: TEXT.submit[lang],
        description: TEXT.submitDescription[lang],
        parameters: [langParam(lang)],
        requestBody: { required: true, content: json('ProposalRequest') },
        responses: {
          '202': { description: TEXT.accepted[lang], headers: noStore, content: json('ProposalReceipt') },
          '400': problem(TEXT.invalid[lang]),
          '404': problem(TEXT.notFound[lang]),
          '429': { ...problem(TEXT.tooMany[lang]), headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } },
        },
      },
    },
    '/proposals/confirm': {
      get: {
        operationId: 'confirmProposal',
        tags,
        summary: TEXT.confirm[lang],
        parameters: [
          { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
          langParam(lang),
        ],
        responses: { '200': { description: TEXT.page[lang], content: { 'text/html': { schema: { type: 'string' } } } }, '400': { description: TEXT.page[lang], content: { 'text/html': { schema: { type: 'string' } } } } },
      },
    },
  }
}
