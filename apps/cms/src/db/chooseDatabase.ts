import path from 'node:path'

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_URI = 'file:./data/vie.db'

/**
 * Decides the storage from DATABASE_URI: `mongodb://` and `mongodb+srv://` go to MongoDB,
 * anything else (unset or `file:…`) is an embedded SQLite file. Relative SQLite paths are
 * resolved against the cms app so every entry point (server, seed, CLI, tests) hits one file.
 */
export function chooseDatabase(uri: string | undefined, appRoot: string): DatabaseChoice {
  const value = uri?.trim() || DEFAULT_SQLITE_URI
  if (/^mongodb(\+srv)?:\/\//i.test(value)) return { kind: 'mongodb', url: value }
  if (!value.startsWith('file:')) {
    throw new Error(
      `DATABASE_URI must start with "file:" (SQLite) or "mongodb://"/"mongodb+srv://" (MongoDB); got "${value}"`,
    )
  }
  const rawPath = decodeURIComponent(value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
  if (!rawPath) throw new Error('DATABASE_URI "file:" needs a file path, e.g. file:./data/vie.db')
  const file = path.resolve(appRoot, rawPath)
  return { kind: 'sqlite', url: `file:${file}`, file }
}
