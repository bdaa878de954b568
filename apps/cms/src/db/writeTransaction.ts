import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Starts the request's own transaction for writes that must be all or nothing (an import, a bulk
 * review stamp). Returns false when the database offers none (MongoDB without a replica set).
 */
export async function beginWriteTransaction(req: PayloadRequest): Promise<boolean> {
  if (await initTransaction(req)) return true
  // A database without transactions leaves a promise of no id behind; it must not look like one.
  if (!(await req.transactionID)) delete req.transactionID
  return false
}

export async function endWriteTransaction(req: PayloadRequest, commit: boolean): Promise<void> {
  if (commit) await commitTransaction(req)
  else await killTransaction(req)
}
