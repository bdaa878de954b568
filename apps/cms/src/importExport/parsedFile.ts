import type { Label } from '@vie/types'

/** A file's records as plain objects keyed by column, before they are checked against the collection. */
export type ParsedFile = { keys: string[]; records: Record<string, unknown>[] }

/** The file as a whole is unusable (not a row's fault): answered with a 400. */
export class FileError extends Error {
  constructor(readonly label: Label) {
    super(label.en)
  }
}
