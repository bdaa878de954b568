import type { ProposalChallenge } from '@vie/types'

const hex = (digest: ArrayBuffer): string => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')

/**
 * Solves an ALTCHA challenge: finds the number whose hash, appended to the salt, is the
 * challenge, and returns the payload the server verifies. Costs a person a second or two of one
 * core and a mass sender a lot; no third party sees the visitor. Hashes in batches so the page
 * stays responsive.
 */
export async function solveChallenge(challenge: ProposalChallenge, batchSize = 1000): Promise<string> {
  const started = performance.now()
  const max = challenge.maxnumber ?? 1_000_000
  const encoder = new TextEncoder()
  for (let first = 0; first <= max; first += batchSize) {
    const numbers = Array.from({ length: Math.min(batchSize, max - first + 1) }, (_, i) => first + i)
    const digests = await Promise.all(numbers.map((n) => crypto.subtle.digest(challenge.algorithm, encoder.encode(`${challenge.salt}${n}`))))
    const index = digests.findIndex((digest) => hex(digest) === challenge.challenge)
    if (index >= 0) {
      const { algorithm, challenge: hash, salt, signature } = challenge
      const took = Math.round(performance.now() - started)
      return btoa(JSON.stringify({ algorithm, challenge: hash, number: numbers[index], salt, signature, took }))
    }
  }
  throw new Error('The challenge has no solution up to its maximum number.')
}
