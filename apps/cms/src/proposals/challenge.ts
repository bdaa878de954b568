import { randomBytes } from 'node:crypto'

import type { ProposalChallenge } from '@vie/types'
import { createChallenge, verifySolution } from 'altcha-lib/v1'

/**
 * The key that signs challenges: `ALTCHA_HMAC_KEY`, shared by all instances behind a load
 * balancer; unset, one random key per process (challenges then do not survive a restart).
 */
const hmacKey = process.env.ALTCHA_HMAC_KEY?.trim() || randomBytes(32).toString('hex')

/** Tuned so a person's browser needs about a second; `ALTCHA_MAX_NUMBER` may lower it in tests. */
const maxNumber = (): number => Number(process.env.ALTCHA_MAX_NUMBER) || 100_000

/** A fresh proof-of-work challenge, valid for 10 minutes. */
export async function newChallenge(): Promise<ProposalChallenge> {
  const challenge = await createChallenge({ hmacKey, maxnumber: maxNumber(), expires: new Date(Date.now() + 10 * 60_000) })
  return { algorithm: challenge.algorithm as ProposalChallenge['algorithm'], challenge: challenge.challenge, maxnumber: challenge.maxnumber, salt: challenge.salt, signature: challenge.signature }
}

const used = new Map<string, number>()

/**
 * Whether the solved payload is valid, signed by this server, unexpired, and not used before:
 * one solution buys one submission.
 */
export async function acceptSolution(payload: unknown): Promise<boolean> {
  if (typeof payload !== 'string' || payload.length > 2_000) return false
  const now = Date.now()
  for (const [key, expires] of used) if (expires < now) used.delete(key)
  if (used.has(payload)) return false
  const ok = await verifySolution(payload, hmacKey, true).catch(() => false)
  if (ok) used.set(payload, now + 10 * 60_000)
  return ok
}
