import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload 3.90's current password hash (generatePasswordSaltHash: pbkdf2-sha256-v1): checking a
// password costs this much, so a login that never reaches the check must spend it too.
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const SALT = crypto.randomBytes(32).toString('hex')

/** Costs what Payload's password check costs, and decides nothing. */
export async function dummyPasswordCheck(password: unknown): Promise<void> {
  await pbkdf2(typeof password === 'string' ? password : '', SALT, ITERATIONS, KEY_LENGTH, 'sha256')
}
