import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { chooseDatabase } from './chooseDatabase'

const root = '/srv/vie/apps/cms'

describe('chooseDatabase', () => {
  it('defaults to the SQLite file apps/cms/data/vie.db', () => {
    expect(chooseDatabase(undefined, root)).toEqual({
      kind: 'sqlite',
      file: path.join(root, 'data/vie.db'),
      url: `file:${path.join(root, 'data/vie.db')}`,
    })
    expect(chooseDatabase('  ', root).kind).toBe('sqlite')
  })

  it('resolves relative file: paths against the app and keeps absolute ones', () => {
    expect(chooseDatabase('file:./other.db', root)).toMatchObject({ file: path.join(root, 'other.db') })
    expect(chooseDatabase('file:/var/lib/vie/vie.db', root)).toMatchObject({ file: '/var/lib/vie/vie.db' })
    expect(chooseDatabase('file:///var/lib/vie/vie.db', root)).toMatchObject({ file: '/var/lib/vie/vie.db' })
  })

  it('sends mongodb:// and mongodb+srv:// to MongoDB unchanged', () => {
    expect(chooseDatabase('mongodb://db:27017/vie?replicaSet=rs0', root)).toEqual({
      kind: 'mongodb',
      url: 'mongodb://db:27017/vie?replicaSet=rs0',
    })
    expect(chooseDatabase('mongodb+srv://user:pw@cluster.example.org/vie', root).kind).toBe('mongodb')
  })

  it('refuses anything else with a message naming the accepted forms', () => {
    expect(() => chooseDatabase('postgres://localhost/vie', root)).toThrow(/file:.*mongodb/)
    expect(() => chooseDatabase('file:', root)).toThrow(/needs a file path/)
  })
})
