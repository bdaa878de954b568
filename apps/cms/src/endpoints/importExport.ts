import type { Label } from '@vie/types'
import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'

import { isEditorialSlug } from '../importExport/collections'
import { toCsvFile, parseCsvFile } from '../importExport/csvFile'
import { exportRecords } from '../importExport/exportRecords'
import { importRecords } from '../importExport/importRecords'
import { parseJsonFile, toJsonFile } from '../importExport/jsonFile'
import { columnsOf } from '../importExport/columns'
import { FileError } from '../importExport/parsedFile'
import { fail, refuseNonEditors } from './respond'

/** Larger files are refused before they are read: an editorial collection is a few hundred records. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

const text = {
  collection: {
    de: 'Unbekannte Sammlung; möglich sind topics, municipalities, networks, tandems, projects, events.',
    en: 'Unknown collection; possible are topics, municipalities, networks, tandems, projects, events.',
  },
  format: { de: 'Format muss csv oder json sein.', en: 'Format must be csv or json.' },
  tooLarge: (mb: number): Label => ({ de: `Die Datei ist größer als ${mb} MB.`, en: `The file is larger than ${mb} MB.` }),
  body: {
    de: 'Erwartet JSON { "format": "csv" | "json", "content": "<Dateiinhalt>", "apply": true | false }.',
    en: 'Expected JSON { "format": "csv" | "json", "content": "<file content>", "apply": true | false }.',
  },
}

/** Editors only, a known collection, and a 400 (never a 500) for whatever the file or query got wrong. */
const guarded =
  (handler: (req: PayloadRequest, collection: Parameters<typeof exportRecords>[1]) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    const refused = refuseNonEditors(req)
    if (refused) return refused
    const collection = req.routeParams?.collection
    if (!isEditorialSlug(collection)) return fail(req, 400, text.collection)
    try {
      return await handler(req, collection)
    } catch (error) {
      if (error instanceof FileError) return fail(req, 400, error.label)
      if (error instanceof APIError && error.status < 500) return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      throw error
    }
  }

const exportEndpoint: Endpoint = {
  path: '/import-export/:collection/export',
  method: 'get',
  handler: guarded(async (req, collection) => {
    const format = req.query.format ?? 'csv'
    if (format !== 'csv' && format !== 'json') return fail(req, 400, text.format)
    const where = req.query.where && typeof req.query.where === 'object' ? (req.query.where as Where) : undefined
    const { columns, rows } = await exportRecords(req, collection, where)
    const body = format === 'csv' ? toCsvFile(columns, rows) : toJsonFile(collection, rows)
    const day = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="vie-${collection}-${day}.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}

const importEndpoint: Endpoint = {
  path: '/import-export/:collection/import',
  method: 'post',
  handler: guarded(async (req, collection) => {
    const tooLarge = fail(req, 413, text.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024))
    if (Number(req.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES * 1.1) return tooLarge
    // JSON only: a cross-site form cannot send it without a CORS preflight, on top of csrfGuard.
    if (!req.headers.get('content-type')?.startsWith('application/json') || !req.text) return fail(req, 400, text.body)
    const raw = await req.text()
    if (raw.length > MAX_IMPORT_BYTES * 1.1) return tooLarge
    let body: { format?: unknown; content?: unknown; apply?: unknown }
    try {
      body = JSON.parse(raw) as typeof body
    } catch {
      return fail(req, 400, text.body)
    }
    if ((body.format !== 'csv' && body.format !== 'json') || typeof body.content !== 'string') return fail(req, 400, text.body)
    if (Buffer.byteLength(body.content) > MAX_IMPORT_BYTES) return tooLarge
    const columns = columnsOf(req.payload.collections[collection].config.fields)
    const file = body.format === 'csv' ? parseCsvFile(columns, body.content) : parseJsonFile(collection, body.content)
    const report = await importRecords(req, collection, file, body.apply === true)
    return Response.json(report)
  }),
}

export const importExportEndpoints: Endpoint[] = [exportEndpoint, importEndpoint]
