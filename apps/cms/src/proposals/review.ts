import type { Label, Lang, Proposal, ProposalCollection } from '@vie/types'
import type { PayloadRequest } from 'payload'

import type { FlatValue, RelationId } from '../importExport/flatRecord'
import { type ImportReport, importRecords } from '../importExport/importRecords'
import { FileError } from '../importExport/parsedFile'
import { inLanguageOf } from '../validation/messages'
import { GERMAN_FROM_ENGLISH } from '../admin/bilingual/listFields'
import { isLoggedCollection } from '../admin/changeLog/recordChanges'
import { currentValues } from './currentValues'
import { copyEnglishIntoGerman } from './germanFromEnglish'
import { mailTexts } from './mailTexts'
import { proposableColumns } from './proposalFields'

/** One proposed field against the record as it stands now. */
export type DiffRow = {
  key: string
  label: Label
  proposed: unknown
  /** The record's value when the proposal was made. */
  baseline: unknown
  /** The record's value now (newest state, drafts included). */
  current: unknown
  /** The record changed in this field since the proposal was made: accepting would overwrite that. */
  conflict: boolean
  /** The record already holds the proposed value. */
  same: boolean
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

type Stored = Pick<Proposal, 'id' | 'receipt' | 'status' | 'targetCollection' | 'targetSlug' | 'changes' | 'baseline' | 'submitter'>

/** The field-level comparison an editor decides on. */
export async function proposalDiff(req: PayloadRequest, proposal: Stored): Promise<DiffRow[]> {
  const changes = (proposal.changes ?? {}) as Record<string, unknown>
  const baseline = (proposal.baseline ?? {}) as Record<string, unknown>
  const labels = new Map(proposableColumns(req, proposal.targetCollection).map((c) => [c.column.key, c]))
  const current = proposal.targetSlug ? ((await currentValues(req, proposal.targetCollection, proposal.targetSlug, true))?.values ?? {}) : {}
  return Object.entries(changes).map(([key, proposed]) => {
    const column = labels.get(key)
    const locale = column?.column.locale
    const label = column ? { de: `${column.label.de}${locale ? ` (${locale})` : ''}`, en: `${column.label.en}${locale ? ` (${locale})` : ''}` } : { de: key, en: key }
    const now = current[key] ?? null
    return { key, label, proposed, baseline: baseline[key] ?? null, current: now, conflict: proposal.targetSlug !== null && !same(now, baseline[key]), same: same(now, proposed) }
  })
}

export type Decision = { accept: string[]; edited: Record<string, unknown>; publish: boolean; reason: string }

type DecisionResult =
  | { ok: true; status: 'accepted' | 'partly-accepted' | 'rejected'; record: { collection: string; slug: string | null } }
  | { ok: false; errors: { field: string; message: string }[] }

type Written = { recordId: string | null; versions: string[] }

/** The saves (versions) an acceptance wrote of record `id` since `since`. */
async function versionsWritten(req: PayloadRequest, collection: ProposalCollection, id: RelationId | undefined, since: string): Promise<Written> {
  if (id === undefined) return { recordId: null, versions: [] }
  if (!isLoggedCollection(collection)) return { recordId: String(id), versions: [] }
  const versions = await req.payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { createdAt: { greater_than_equal: since } }] },
    pagination: false,
    req,
  })
  return { recordId: String(id), versions: versions.docs.map((version) => String(version.id)) }
}

/**
 * Applies an editor's decision: the accepted fields (with the editor's edits) are written to the
 * record through the import, as a draft unless the editor publishes, so every rule of the admin
 * applies and the change log shows them, naming the proposal; then the proposal is closed and the
 * submitter told.
 */
export async function decideProposal(req: PayloadRequest, proposal: Stored, decision: Decision): Promise<DecisionResult> {
  const changes = (proposal.changes ?? {}) as Record<string, FlatValue>
  const accepted = decision.accept.filter((key) => key in changes)
  let slug = proposal.targetSlug ?? null
  let written: Written = { recordId: null, versions: [] }
  const startedAt = new Date().toISOString()
  if (accepted.length > 0) {
    // Municipalities keep no drafts: an accepted change to them is live at once.
    const drafts = Boolean(req.payload.collections[proposal.targetCollection].config.versions?.drafts)
    const row: Record<string, unknown> = drafts ? { _status: decision.publish ? 'published' : 'draft' } : {}
    if (slug) row.slug = slug
    for (const key of accepted) row[key] = key in decision.edited ? decision.edited[key] : changes[key]
    const publishes = !drafts || decision.publish
    const copied = !slug && publishes ? copyEnglishIntoGerman(req, proposal.targetCollection, row) : []
    let report: ImportReport
    try {
      req.context[GERMAN_FROM_ENGLISH] = copied
      report = await importRecords(req, proposal.targetCollection, { keys: Object.keys(row), records: [row] }, true)
    } catch (error) {
      if (error instanceof FileError) return { ok: false, errors: [{ field: '', message: inLanguageOf(req, error.label) }] }
      throw error
    } finally {
      delete req.context[GERMAN_FROM_ENGLISH]
    }
    const result = report.rows[0]
    if (!report.applied || !result || result.action === 'error') {
      return { ok: false, errors: (result?.errors ?? []).map((e) => ({ field: e.field, message: e.message })) }
    }
    slug = result.slug
    written = await versionsWritten(req, proposal.targetCollection, result.id, startedAt)
  }
  const status = accepted.length === 0 ? 'rejected' : accepted.length === Object.keys(changes).length ? 'accepted' : 'partly-accepted'
  await req.payload.update({
    collection: 'proposals',
    id: proposal.id,
    overrideAccess: true,
    req,
    data: {
      status,
      decision: {
        acceptedKeys: accepted,
        reason: decision.reason,
        decidedAt: new Date().toISOString(),
        decidedBy: req.user?.id ?? null,
        record: slug,
        recordId: written.recordId,
        versions: written.versions,
      },
    },
  })
  const lang: Lang = proposal.submitter?.lang === 'en' ? 'en' : 'de'
  const email = proposal.submitter?.email
  if (email) {
    const t = mailTexts[lang]
    await req.payload.sendEmail({ to: email, subject: t.outcomeSubject(proposal.receipt), text: t.outcomeBody(proposal.submitter?.name ?? '', proposal.receipt, status, decision.reason) })
  }
  return { ok: true, status, record: { collection: proposal.targetCollection, slug } }
}
