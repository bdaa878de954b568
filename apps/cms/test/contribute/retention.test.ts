import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { eraseExpiredProposalData } from '../../src/jobs/proposalRetention/eraseExpired'
import { usePublicStack } from '../public/helpers/publicStack'

const stack = usePublicStack()
const DAY = 86_400_000

const proposal = (receipt: string, status: 'unconfirmed' | 'open' | 'rejected', decidedAt?: string) =>
  stack.payload.create({
    collection: 'proposals',
    overrideAccess: true,
    data: {
      receipt,
      status,
      targetCollection: 'networks',
      targetSlug: 'eurocities',
      changes: { foundedYear: 1999 },
      submitter: { name: 'Petra Beispiel', email: `${receipt.toLowerCase()}@example.test`, organisation: 'Stadt Hamm' },
      ...(decidedAt ? { decision: { decidedAt, reason: 'Source says 1986.' } } : {}),
    },
  })

describe('proposal data retention', () => {
  it('deletes unconfirmed proposals after 7 days and erases submitters 90 days after the decision, nothing earlier', async () => {
    const now = Date.now()
    const unconfirmed = await proposal('P-UNCONFIR', 'unconfirmed')
    const open = await proposal('P-OPENXXXX', 'open')
    const decided = await proposal('P-DECIDEDX', 'rejected', new Date(now).toISOString())
    const req = await createLocalReq({}, stack.payload)
    const read = (id: string | number) => stack.payload.findByID({ collection: 'proposals', id, overrideAccess: true, disableErrors: true })

    expect(await eraseExpiredProposalData(req, now + 6 * DAY)).toEqual({ deleted: 0, erased: 0 })
    expect(await eraseExpiredProposalData(req, now + 8 * DAY)).toEqual({ deleted: 1, erased: 0 })
    expect(await read(unconfirmed.id)).toBeNull()
    expect((await read(open.id))?.submitter?.email).toBe('p-openxxxx@example.test')

    expect(await eraseExpiredProposalData(req, now + 91 * DAY)).toEqual({ deleted: 0, erased: 1 })
    const erased = await read(decided.id)
    expect(erased?.submitter).toMatchObject({ name: null, email: null, organisation: null })
    expect(erased?.submitter?.erasedAt).toBeTruthy()
    expect(erased?.decision?.reason).toBe('Source says 1986.')
    // Erased once: a later run leaves it alone.
    expect(await eraseExpiredProposalData(req, now + 200 * DAY)).toEqual({ deleted: 0, erased: 0 })
  })
})
