import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { PROPOSAL_STATUSES } from '../proposals/status'
import { Events } from './Events'
import { RECORDS } from './groups'
import { Municipalities } from './Municipalities'
import { Networks } from './Networks'
import { Tandems } from './Tandems'

const nobody = () => false

/**
 * Changes and new events proposed by the public through `POST /public/v1/proposals`. Only
 * editors see them; the submitter's name and e-mail are erased 90 days after the decision
 * (jobs/proposalRetention), unconfirmed proposals after 7 days.
 */
export const Proposals: CollectionConfig = {
  slug: 'proposals',
  labels: {
    singular: { de: 'Vorschlag', en: 'Proposal' },
    plural: { de: 'Vorschläge', en: 'Proposals' },
  },
  admin: {
    useAsTitle: 'receipt',
    defaultColumns: ['receipt', 'status', 'targetCollection', 'targetSlug', 'createdAt'],
    group: RECORDS,
    description: {
      de: 'Vorschläge von außen: erst nach Bestätigung per E-Mail „offen“. Öffnen, Felder vergleichen, ganz oder teilweise übernehmen oder ablehnen.',
      en: 'Proposals from outside: "open" only once confirmed by e-mail. Open one, compare the fields, accept all or some, or reject.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  fields: [
    { name: 'receipt', type: 'text', required: true, unique: true, index: true, label: { de: 'Vorgangsnummer', en: 'Receipt' }, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'unconfirmed',
      label: { de: 'Status', en: 'Status' },
      options: [...PROPOSAL_STATUSES],
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'targetCollection',
      type: 'select',
      required: true,
      label: { de: 'Sammlung', en: 'Collection' },
      options: [Networks, Tandems, Municipalities, Events].map((c) => ({ value: c.slug, label: c.labels?.plural ?? c.slug })),
      admin: { readOnly: true },
    },
    { name: 'targetSlug', type: 'text', label: { de: 'Eintrag (Kurzname)', en: 'Record (slug)' }, admin: { readOnly: true, description: { de: 'Leer: neue Veranstaltung', en: 'Empty: a new event' } } },
    { name: 'changes', type: 'json', required: true, label: { de: 'Vorgeschlagene Werte', en: 'Proposed values' }, admin: { readOnly: true, components: { Field: '/components/admin/proposals/ProposalReview' } } },
    { name: 'baseline', type: 'json', label: { de: 'Werte beim Einreichen', en: 'Values when proposed' }, admin: { hidden: true } },
    { name: 'message', type: 'textarea', label: { de: 'Nachricht', en: 'Message' }, admin: { readOnly: true } },
    {
      type: 'group',
      name: 'submitter',
      label: { de: 'Eingereicht von', en: 'Submitted by' },
      admin: { readOnly: true },
      fields: [
        { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' } },
        { name: 'email', type: 'email', label: { de: 'E-Mail', en: 'E-mail' } },
        { name: 'organisation', type: 'text', label: { de: 'Organisation', en: 'Organisation' } },
        {
          name: 'lang',
          type: 'select',
          options: [
            { value: 'de', label: { de: 'Deutsch', en: 'German' } },
            { value: 'en', label: { de: 'Englisch', en: 'English' } },
          ],
          defaultValue: 'de',
          label: { de: 'Sprache', en: 'Language' },
        },
        { name: 'consentAt', type: 'date', label: { de: 'Einwilligung am', en: 'Consent given' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'erasedAt', type: 'date', label: { de: 'Angaben gelöscht am', en: 'Details erased' } },
      ],
    },
    { name: 'confirmTokenHash', type: 'text', index: true, admin: { hidden: true } },
    { name: 'confirmedAt', type: 'date', label: { de: 'Bestätigt am', en: 'Confirmed' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      type: 'group',
      name: 'decision',
      label: { de: 'Entscheidung', en: 'Decision' },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'acceptedKeys', type: 'json', label: { de: 'Übernommene Felder', en: 'Accepted fields' } },
        { name: 'reason', type: 'textarea', label: { de: 'Begründung', en: 'Reason' } },
        { name: 'decidedAt', type: 'date', label: { de: 'Entschieden am', en: 'Decided' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: { de: 'Entschieden von', en: 'Decided by' } },
        { name: 'record', type: 'text', label: { de: 'Eintrag', en: 'Record' } },
        // Which saves of the record the acceptance wrote, so the record's change log can name the proposal.
        { name: 'recordId', type: 'text', index: true, admin: { hidden: true } },
        { name: 'versions', type: 'json', admin: { hidden: true } },
      ],
    },
  ],
}
