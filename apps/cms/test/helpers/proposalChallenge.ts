import type { ProposalChallenge } from '@vie/types'
import { solveChallenge } from 'altcha-lib/v1'

/** A proof-of-work challenge from the server, solved as a browser would: the ALTCHA payload. */
export async function solvedChallenge(serverUrl: string): Promise<string> {
  const challenge = (await (await fetch(`${serverUrl}/public/v1/proposals/challenge`)).json()) as ProposalChallenge
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise
  if (!solution) throw new Error('challenge not solvable')
  return btoa(JSON.stringify({ ...challenge, number: solution.number }))
}
