import type { InvalidParam, Problem, ProposalChallenge, ProposalReceipt, ProposalRequest } from '@vie/types'

import { apiUrl } from '../shared/api'
import { solveChallenge } from './proofOfWork'

export type SubmitResult =
  | { kind: 'sent'; receipt: string }
  | { kind: 'invalid'; params: InvalidParam[]; detail: string }
  | { kind: 'too-many' }
  | { kind: 'failed' }

const post = { credentials: 'omit', mode: 'cors' } as const

/**
 * Fetches a proof-of-work challenge, solves it and sends the proposal. No cookie travels, so
 * nothing ties the submission to the visitor but what they typed.
 */
export async function submitProposal(api: string, body: Omit<ProposalRequest, 'altcha'>): Promise<SubmitResult> {
  try {
    const challengeResponse = await fetch(apiUrl(api, 'proposals/challenge'), { ...post, headers: { accept: 'application/json' } })
    if (challengeResponse.status === 429) return { kind: 'too-many' }
    if (!challengeResponse.ok) return { kind: 'failed' }
    const altcha = await solveChallenge((await challengeResponse.json()) as ProposalChallenge)
    const response = await fetch(apiUrl(api, 'proposals', { lang: body.lang }), {
      ...post,
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, altcha }),
    })
    if (response.status === 202) return { kind: 'sent', receipt: ((await response.json()) as ProposalReceipt).receipt }
    if (response.status === 429) return { kind: 'too-many' }
    if (response.status === 400) {
      const problem = (await response.json()) as Problem
      return { kind: 'invalid', params: problem.invalidParams ?? [], detail: problem.detail ?? '' }
    }
    return { kind: 'failed' }
  } catch {
    return { kind: 'failed' }
  }
}
