import { AsyncLocalStorage } from 'node:async_hooks'

import type { RequestHandler } from 'express'

/** One HTTP request's work, as far as the SQLite write lane is concerned. */
export type WriteScope = { readonly label: string }

/**
 * Kept on `globalThis` under a registered symbol: the Payload config, and so the database adapter
 * that reads the scope, may be loaded a second time inside Next's bundle.
 */
const KEY = Symbol.for('vie.db.writeScope')
type Holder = { [KEY]?: AsyncLocalStorage<WriteScope> }

function storage(): AsyncLocalStorage<WriteScope> {
  const holder = globalThis as Holder
  holder[KEY] ??= new AsyncLocalStorage<WriteScope>()
  return holder[KEY]
}

export const currentWriteScope = (): WriteScope | undefined => storage().getStore()

/**
 * Gives every request its own scope, so the write lane can tell a request waiting for another from
 * a request waiting for itself: Payload writes some bookkeeping (the password-reset reservation)
 * deliberately outside the transaction its operation holds.
 */
export const writeScope = (): RequestHandler => (req, _res, next) => {
  storage().run({ label: `${req.method} ${req.originalUrl.split('?')[0]}` }, next)
}
