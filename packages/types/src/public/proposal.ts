import type { Lang } from './common'

/** The records anyone may propose changes to; `events` also takes proposals of new events. */
export type ProposalCollection = 'networks' | 'tandems' | 'municipalities' | 'events'

/** How a field is entered: the form control a page shows for it. */
export type ProposalFieldType = 'text' | 'textarea' | 'number' | 'url' | 'email' | 'date' | 'datetime' | 'select' | 'multiselect' | 'boolean'

export type ProposalValue = string | number | boolean | string[] | null

export interface ProposalFieldOption {
  value: string
  label: string
}

/** One field a proposal may change, with the record's current value. */
export interface ProposalField {
  /** The key in `changes`, e.g. `population` or, for a text in one language, `summary.en`. */
  key: string
  /** Label in the requested language (with the language named for texts kept per language). */
  label: string
  type: ProposalFieldType
  /** The language of the text, for fields kept per language. */
  lang?: Lang
  value: ProposalValue
  options?: ProposalFieldOption[]
  maxLength?: number
  min?: number
  max?: number
  /** Required for a new record (a new event); a change may leave any field as it is. */
  required?: boolean
}

/** `GET /public/v1/proposals/form/<collection>/<slug>` (or `/events/new`): what a contribution page shows. */
export interface ProposalForm {
  target: { collection: ProposalCollection; slug: string | null; name: string | null }
  fields: ProposalField[]
  /** What is stored about the submitter, why, and for how long, in the requested language. */
  privacyNotice: string
  limits: { message: number; name: number; organisation: number }
}

/** The body of `POST /public/v1/proposals`. */
export interface ProposalRequest {
  target: { collection: ProposalCollection; slug: string } | { collection: 'events'; new: true }
  /** Only the fields that change, by `ProposalField.key`. */
  changes: Record<string, ProposalValue>
  message: string
  submitter: { name: string; email: string; organisation: string }
  consent: true
  /** The solved proof-of-work challenge (ALTCHA payload, base64). */
  altcha: string
  /** A field people never see; robots fill it in. Must stay empty. */
  website: string
  /** Language of the confirmation and outcome mails. */
  lang: Lang
}

/** The answer to an accepted submission (202): the proposal waits for the submitter's confirmation. */
export interface ProposalReceipt {
  receipt: string
}

/** `GET /public/v1/proposals/challenge`: an ALTCHA proof-of-work challenge. */
export interface ProposalChallenge {
  algorithm: 'SHA-256' | 'SHA-384' | 'SHA-512'
  challenge: string
  maxnumber?: number
  salt: string
  signature: string
}
