import type { ProposalChallenge } from '@vie/types'
import { describe, expect, it } from 'vitest'

import { solveChallenge } from './proofOfWork'

async function challengeFor(number: number, maxnumber: number): Promise<ProposalChallenge> {
  const salt = 'a1b2c3d4?expires=9999999999'
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}${number}`))
  const challenge = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
  return { algorithm: 'SHA-256', challenge, maxnumber, salt, signature: 'signed-by-server' }
}

describe('solveChallenge', () => {
  it('finds the secret number and returns the ALTCHA payload with the server’s challenge and signature', async () => {
    const challenge = await challengeFor(4321, 10_000)
    const payload = JSON.parse(atob(await solveChallenge(challenge))) as Record<string, unknown>
    expect(payload).toMatchObject({ algorithm: 'SHA-256', challenge: challenge.challenge, number: 4321, salt: challenge.salt, signature: 'signed-by-server' })
    expect(payload.took).toEqual(expect.any(Number))
  })

  it('gives up with an error when no number up to the maximum fits', async () => {
    await expect(solveChallenge(await challengeFor(500, 100))).rejects.toThrow(/no solution/)
  })
})
