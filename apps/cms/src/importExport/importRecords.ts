import { type CollectionSlug, type PayloadRequest, ValidationError } from 'payload'

import { buildData, type BuildContext } from './buildData'
import type { EditorialSlug } from './collections'
import { type Column, columnsOf, localizedColumns } from './columns'
import { type Change, changesNothing, diff, flatten, type FlatRow, linkedIds, type RelationId } from './flatRecord'
import { importMessages as m } from './messages'
import { FileError, type ParsedFile } from './parsedFile'
import { slugIndex } from './slugIndex'
import { beginWriteTransaction, endWriteTransaction } from '../db/writeTransaction'
import { inLanguageOf } from '../validation/messages'
import { decodeRow, unknownKeys } from './values'

export const MAX_ROWS = 5000

export type RowError = { row: number; field: string; message: string }
export type RowReport = {
  /** 1-based position of the record in the file (a CSV's line minus the header). */
  row: number
  slug: string | null
  /** The record written or left unchanged; absent for a row in error. */
  id?: RelationId
  action: 'create' | 'update' | 'unchanged' | 'error'
  changes: Change[]
  errors: RowError[]
}
export type ImportReport = {
  collection: EditorialSlug
  applied: boolean
  counts: Record<RowReport['action'], number>
  rows: RowReport[]
}

type Doc = { id: RelationId; slug?: string | null }


/** Payload's own messages (already in the editor's language), one per field. */
function errorsOf(req: PayloadRequest, row: number, error: unknown, suffix: string): RowError[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => ({ row, field: `${e.path}${suffix}`, message: e.message }))
  }
  return [{ row, field: '', message: error instanceof Error ? error.message : String(error) }]
}

const at = (doc: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), doc)

type Prepared = { row: number; values: FlatRow; slug: string | null }
type Outcome = { failed: RowError[] } | { reports: RowReport[] }

/**
 * Writes the rows in one transaction: German values first, then English ones, then links to
 * records of the same file. A row Payload refuses ends the attempt (Payload rolls the
 * transaction back), so the attempt is repeated without it: every row's errors are found, and
 * what is reported as "would change" is what the database really did inside the transaction.
 */
async function attempt(req: PayloadRequest, collection: EditorialSlug, columns: Column[], rows: Prepared[]): Promise<Outcome> {
  const { payload } = req
  const index = slugIndex(req)
  const fileSlugs = new Set(rows.flatMap((r) => (r.slug ? [r.slug] : [])))
  const ctx: BuildContext = {
    resolve: (relationTo, slug) => index.idOf(relationTo, slug),
    deferrable: (column, slug) => column.relationTo === collection && fileSlugs.has(slug),
  }
  const common = { collection: collection as CollectionSlug, depth: 0, overrideAccess: false, req }
  const written: { prepared: Prepared; id: RelationId; before: FlatRow | null; deferred: Column[] }[] = []
  const englishColumns = localizedColumns(columns, 'en')

  for (const prepared of rows) {
    const { row, values, slug } = prepared
    const found = slug ? (await payload.find({ ...common, where: { slug: { equals: slug } }, draft: true, locale: 'all', limit: 1 })).docs : []
    const existing = found[0] as Doc | undefined
    if (existing) await index.loadIds(linkedIds([existing], columns))
    const before = existing ? flatten(existing, columns, index.slugOf) : null
    // A row that changes nothing is not written: no version, `updatedAt` stays.
    if (existing && before && changesNothing(columns, values, before)) {
      if (existing.slug) index.remember(collection, existing.id, existing.slug)
      written.push({ prepared, id: existing.id, before, deferred: [] })
      continue
    }
    const draft = values._status === 'draft'

    const german = await buildData(columns, values, 'de', ctx)
    if (german.errors.length > 0) return { failed: german.errors.map((e) => ({ row, field: e.column, message: inLanguageOf(req, e.message) })) }
    let doc: Doc
    try {
      doc = (
        existing
          ? await payload.update({ ...common, id: existing.id, data: german.data, locale: 'de', draft })
          : await payload.create({ ...common, data: german.data, locale: 'de', draft })
      ) as Doc
    } catch (error) {
      return { failed: errorsOf(req, row, error, '') }
    }
    if (doc.slug) index.remember(collection, doc.id, doc.slug)

    const english = await buildData(columns, values, 'en', ctx, (path) => ((at(doc, path) as { id: RelationId }[] | undefined) ?? []).map((r) => r.id))
    if (english.errors.length > 0) return { failed: english.errors.map((e) => ({ row, field: e.column, message: inLanguageOf(req, e.message) })) }
    // English unchanged: the German write was the whole save (one version, not one per language).
    // Array rows are the exception: the German write replaced them, and with them their English texts.
    const englishUnchanged =
      before !== null && englishColumns.every((c) => c.kind !== 'rows' || !(c.key in values)) && changesNothing(englishColumns, values, before)
    if (Object.keys(english.data).length > 0 && !englishUnchanged) {
      try {
        await payload.update({ ...common, id: doc.id, data: { ...english.data, ...(values._status ? { _status: draft ? ('draft' as const) : ('published' as const) } : {}) }, locale: 'en', draft })
      } catch (error) {
        return { failed: errorsOf(req, row, error, ' (en)') }
      }
    }
    written.push({ prepared, id: doc.id, before, deferred: german.deferred })
  }

  for (const { prepared, id, deferred } of written) {
    if (deferred.length === 0) continue
    const links = await buildData(deferred, prepared.values, 'de', { ...ctx, deferrable: () => false })
    if (links.errors.length > 0) return { failed: links.errors.map((e) => ({ row: prepared.row, field: e.column, message: inLanguageOf(req, e.message) })) }
    try {
      await payload.update({ ...common, id, data: links.data, locale: 'de', draft: prepared.values._status === 'draft' })
    } catch (error) {
      return { failed: errorsOf(req, prepared.row, error, '') }
    }
  }

  const after = written.length
    ? ((await payload.find({ ...common, where: { id: { in: written.map((w) => w.id) } }, draft: true, locale: 'all', pagination: false })).docs as Doc[])
    : []
  await index.loadIds(linkedIds(after, columns))
  const byId = new Map(after.map((doc) => [String(doc.id), doc]))
  return {
    reports: written.map(({ prepared, id, before }) => {
      const doc = byId.get(String(id))
      const changes = diff(before, flatten(doc, columns, index.slugOf))
      return {
        row: prepared.row,
        slug: doc?.slug ?? prepared.slug,
        id,
        action: before === null ? 'create' : changes.length > 0 ? 'update' : 'unchanged',
        changes,
        errors: [],
      }
    }),
  }
}

/** Checks a parsed file against the collection: unknown columns are the file's fault, bad values a row's. */
function prepare(req: PayloadRequest, columns: Column[], file: ParsedFile): { prepared: Prepared[]; failed: Map<number, RowError[]> } {
  const unknown = unknownKeys(columns, file.keys)
  if (unknown.length > 0) throw new FileError(m.unknownColumns(unknown))
  if (file.records.length > MAX_ROWS) throw new FileError(m.tooManyRows(MAX_ROWS))
  const failed = new Map<number, RowError[]>()
  const prepared: Prepared[] = []
  const seen = new Set<string>()
  file.records.forEach((record, i) => {
    const row = i + 1
    const decoded = decodeRow(columns, record)
    if ('error' in decoded) {
      failed.set(row, [{ row, field: decoded.column, message: inLanguageOf(req, decoded.error) }])
      return
    }
    const slug = typeof decoded.row.slug === 'string' && decoded.row.slug.trim() !== '' ? decoded.row.slug.trim() : null
    if (slug && seen.has(slug)) {
      failed.set(row, [{ row, field: 'slug', message: inLanguageOf(req, m.duplicateSlug(slug)) }])
      return
    }
    if (slug) seen.add(slug)
    prepared.push({ row, values: decoded.row, slug })
  })
  return { prepared, failed }
}

/**
 * A dry run (`apply: false`) or the import itself. Both run every row inside one transaction;
 * the dry run always rolls it back, the import commits only when no row failed.
 */
export async function importRecords(req: PayloadRequest, collection: EditorialSlug, file: ParsedFile, apply: boolean): Promise<ImportReport> {
  const columns = columnsOf(req.payload.collections[collection].config.fields)
  const { prepared, failed } = prepare(req, columns, file)
  let remaining = prepared
  let reports: RowReport[] = []
  for (;;) {
    if (!(await beginWriteTransaction(req))) throw new FileError(m.noTransactions)
    const outcome = await attempt(req, collection, columns, remaining).catch(async (error: unknown) => {
      await endWriteTransaction(req, false)
      throw error
    })
    if ('reports' in outcome) {
      await endWriteTransaction(req, apply && failed.size === 0)
      reports = outcome.reports
      break
    }
    await endWriteTransaction(req, false)
    const [first] = outcome.failed
    const row = first?.row ?? -1
    failed.set(row, outcome.failed)
    remaining = remaining.filter((r) => r.row !== row)
  }
  const rows = [
    ...reports,
    ...[...failed].map(([row, errors]): RowReport => ({ row, slug: prepared.find((p) => p.row === row)?.slug ?? null, action: 'error', changes: [], errors })),
  ].sort((a, b) => a.row - b.row)
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 }
  for (const r of rows) counts[r.action] += 1
  return { collection, applied: apply && failed.size === 0, counts, rows }
}
