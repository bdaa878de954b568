import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { mediaDir } from './mediaDir'
import { appRoot, dataDir } from './paths'

describe('mediaDir', () => {
  it('sits beside the SQLite file', () => {
    expect(mediaDir({ DATABASE_URI: 'file:/tmp/vie-x/vie.db' })).toBe('/tmp/vie-x/media')
    expect(mediaDir({})).toBe(path.join(dataDir, 'media'))
  })

  it('uses the data folder for MongoDB and MEDIA_DIR when given', () => {
    expect(mediaDir({ DATABASE_URI: 'mongodb://db/vie' })).toBe(path.join(dataDir, 'media'))
    expect(mediaDir({ DATABASE_URI: 'mongodb://db/vie', MEDIA_DIR: 'uploads' })).toBe(path.join(appRoot, 'uploads'))
  })
})
