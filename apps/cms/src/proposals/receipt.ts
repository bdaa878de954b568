import { createHash, randomBytes } from 'node:crypto'

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A receipt number a person can quote on the phone: `P-` and 8 characters. */
export function newReceipt(): string {
  const bytes = randomBytes(8)
  return `P-${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`
}

/** The confirmation token travels only in the mail; the database keeps its hash. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')
