import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import type { DatabaseChoice } from './chooseDatabase'
import { withSerialTransactions } from './sqliteTransactions'

export function createAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url })
  }
  return withSerialTransactions(
    sqliteAdapter({
      client: { url: choice.url },
      // Text IDs on both stores (MongoDB has ObjectId strings), so @vie/types, URLs and the public
      // contract do not change with the database.
      idType: 'uuid',
      // Schema changes ship as committed migrations (src/migrations), applied by boot/migrate.ts on
      // every start; drizzle's dev push would let dev and production schemas drift apart.
      push: false,
      prodMigrations: migrations,
      migrationDir: new URL('../migrations', import.meta.url).pathname,
      busyTimeout: 5000,
      wal: true,
    }),
  )
}
