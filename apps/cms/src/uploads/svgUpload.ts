import fs from 'node:fs/promises'

import type { CollectionBeforeOperationHook } from 'payload'

import { sanitizeSvg } from './sanitizeSvg'

type UploadedFile = { name: string; mimetype: string; data: Buffer; size: number; tempFilePath?: string }

/** Payload's own answer to this question: by extension or declared type, not by sniffing. */
const isSvg = (file: UploadedFile): boolean => file.mimetype === 'image/svg+xml' || /\.svg$/i.test(file.name)

/**
 * Sanitizes an uploaded SVG before Payload checks and stores it, so what lands in the media
 * folder (and is served to partner sites) is the cleaned drawing, never the file as sent.
 */
export const sanitizeSvgUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as UploadedFile | undefined
  if (!file || !isSvg(file)) return args
  const fromTemp = Boolean(file.tempFilePath && file.data.length === 0)
  const original = fromTemp ? await fs.readFile(file.tempFilePath as string) : file.data
  const clean = Buffer.from(sanitizeSvg(original.toString('utf8')), 'utf8')
  if (fromTemp) await fs.writeFile(file.tempFilePath as string, clean)
  else file.data = clean
  file.size = clean.length
  file.mimetype = 'image/svg+xml'
  return args
}

/** What editors may upload, named in the upload field and the media collection. */
export const ALLOWED_IMAGE_FORMATS = {
  de: 'Erlaubte Formate: PNG, JPEG, WebP, GIF, AVIF und SVG (SVG wird beim Hochladen bereinigt: ohne Skripte und externe Verweise).',
  en: 'Allowed formats: PNG, JPEG, WebP, GIF, AVIF and SVG (SVG is cleaned on upload: no scripts, no external references).',
}

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif', 'image/svg+xml']
