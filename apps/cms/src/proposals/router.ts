import type { Lang, ProposalForm } from '@vie/types'
import express, { type Response, type Router } from 'express'
import { createLocalReq, type Payload } from 'payload'

import type { FlatRow } from '../importExport/flatRecord'
import { DAY, UNCONFIRMED_DAYS } from '../jobs/proposalRetention/eraseExpired'
import { cors } from '../public/http/cors'
import { problemHandler } from '../public/http/errors'
import { langMiddleware, langOf } from '../public/http/lang'
import { originOf, ProblemError, publicOriginMiddleware, tooManyRequests } from '../public/http/problem'
import { rateLimit, type RateLimitOptions } from '../public/http/rateLimit'
import { publicApiSettings } from '../public/settings'
import { isObject } from '../validation/isObject'
import { acceptSolution, newChallenge } from './challenge'
import { confirmationPage } from './confirmationPage'
import { currentValues } from './currentValues'
import { mailTexts, privacyNotice } from './mailTexts'
import { formFields } from './proposalFields'
import { PROPOSAL_COLLECTIONS } from './allowList'
import { hashToken, newConfirmToken, newReceipt } from './receipt'
import { SUBMITTER_LIMITS, validateProposal } from './validateProposal'

/** Open (unconfirmed or unreviewed) proposals one e-mail address may have at a time. */
const OPEN_PER_EMAIL = 5

const noStore = (res: Response): void => void res.setHeader('Cache-Control', 'no-store')

/** Rate of submissions per client: a few at once, then one a minute (`PROPOSAL_RATE_*`). */
const proposalRate = (env: NodeJS.ProcessEnv = process.env): RateLimitOptions => ({
  burst: Number(env.PROPOSAL_RATE_BURST) || 5,
  perSecond: (Number(env.PROPOSAL_RATE_PER_MINUTE) || 1) / 60,
})

/**
 * `/public/v1/proposals`: the one part of the public API that takes input. A challenge to solve,
 * the form of a record, the submission (202, then a confirmation mail), and the confirmation link.
 * Nothing here is cached, and no answer shows who submitted what.
 */
export function proposalsRouter(payload: Payload): Router {
  const router = express.Router()
  const { publicOrigin } = publicApiSettings()
  const localReq = () => createLocalReq({}, payload)
  router.use(langMiddleware())
  router.use(publicOriginMiddleware(publicOrigin))
  router.use(cors('GET, POST, OPTIONS'))

  router.get('/challenge', async (_req, res) => {
    noStore(res)
    res.json(await newChallenge())
  })

  router.get('/form/:collection/:slug', async (req, res, next) => {
    const lang = langOf(res)
    const collection = PROPOSAL_COLLECTIONS.find((c) => c === req.params.collection)
    const isNew = collection === 'events' && req.params.slug === 'new'
    if (!collection) return next(new ProblemError('not-found', lang === 'de' ? 'Zu dieser Sammlung gibt es keine Vorschläge.' : 'This collection takes no proposals.'))
    const r = await localReq()
    const current = isNew ? { name: null, values: {} } : await currentValues(r, collection, req.params.slug)
    if (!current) return next(new ProblemError('not-found', lang === 'de' ? 'Diesen Eintrag gibt es nicht.' : 'There is no such record.'))
    const form: ProposalForm = {
      target: { collection, slug: isNew ? null : req.params.slug, name: current.name },
      fields: await formFields(r, collection, current.values, lang, isNew),
      privacyNotice: privacyNotice[lang],
      limits: SUBMITTER_LIMITS,
    }
    noStore(res)
    res.json(form)
  })

  router.post(
    '/',
    rateLimit(proposalRate(), tooManyRequests('tooManyProposals')),
    express.json({ limit: '200kb' }),
    async (req, res, next) => {
      const lang = langOf(res)
      noStore(res)
      const body: unknown = req.body
      const fields = isObject(body) ? body : {}
      // Robots fill every field; people never see this one. No detail, so nothing to learn from.
      if (typeof fields.website === 'string' && fields.website.trim() !== '') return next(new ProblemError('invalid-parameter', lang === 'de' ? 'Der Vorschlag wurde nicht angenommen.' : 'The proposal was not accepted.'))
      if (!(await acceptSolution(fields.altcha))) {
        return next(new ProblemError('invalid-parameter', lang === 'de' ? 'Die Rechenaufgabe fehlt, ist falsch gelöst, abgelaufen oder schon verbraucht.' : 'The proof-of-work challenge is missing, wrongly solved, expired or already used.', [{ name: 'altcha', reason: lang === 'de' ? 'Neue Aufgabe holen und lösen.' : 'Fetch and solve a new challenge.' }]))
      }
      const r = await localReq()
      const checked = await validateProposal(r, body, lang)
      if ('invalid' in checked) return next(new ProblemError('invalid-parameter', lang === 'de' ? 'Der Vorschlag enthält Fehler.' : 'The proposal has errors.', checked.invalid))
      const { target, changes, message, submitter } = checked.valid
      const current: { values: FlatRow } | null = target.slug === null ? { values: {} } : await currentValues(r, target.collection, target.slug)
      if (!current) return next(new ProblemError('not-found', lang === 'de' ? 'Diesen Eintrag gibt es nicht.' : 'There is no such record.'))
      const open = await payload.count({ collection: 'proposals', where: { and: [{ 'submitter.email': { equals: submitter.email.toLowerCase() } }, { status: { in: ['unconfirmed', 'open'] } }] }, overrideAccess: true })
      if (open.totalDocs >= OPEN_PER_EMAIL) {
        return next(new ProblemError('too-many-requests', lang === 'de' ? `Mit dieser E-Mail-Adresse sind schon ${OPEN_PER_EMAIL} Vorschläge offen. Bitte warten Sie die Entscheidung ab.` : `This e-mail address already has ${OPEN_PER_EMAIL} open proposals. Please wait for the decision.`, undefined, { 'Retry-After': '3600' }))
      }
      const receipt = newReceipt()
      const { token, hash } = newConfirmToken()
      const baseline = Object.fromEntries(Object.keys(changes).map((key) => [key, current.values[key] ?? null]))
      await payload.create({
        collection: 'proposals',
        overrideAccess: true,
        data: {
          receipt,
          status: 'unconfirmed',
          targetCollection: target.collection,
          targetSlug: target.slug,
          changes,
          baseline,
          message,
          submitter: { ...submitter, email: submitter.email.toLowerCase(), lang, consentAt: new Date().toISOString() },
          confirmTokenHash: hash,
        },
      })
      const t = mailTexts[lang]
      const link = `${originOf(req, res).replace(/\/+$/, '')}/public/v1/proposals/confirm?token=${token}&lang=${lang}`
      await payload.sendEmail({ to: submitter.email, subject: t.confirmSubject(receipt), text: t.confirmBody(submitter.name, receipt, link) })
      res.status(202).json({ receipt })
    },
  )

  router.get('/confirm', async (req, res) => {
    const lang: Lang = langOf(res)
    noStore(res)
    const token = typeof req.query.token === 'string' ? req.query.token : ''
    // A confirmation link works as long as its unconfirmed proposal is kept.
    const since = new Date(Date.now() - UNCONFIRMED_DAYS * DAY).toISOString()
    const { docs } = token
      ? await payload.find({ collection: 'proposals', where: { and: [{ confirmTokenHash: { equals: hashToken(token) } }, { status: { equals: 'unconfirmed' } }, { createdAt: { greater_than: since } }] }, limit: 1, overrideAccess: true })
      : { docs: [] }
    const proposal = docs[0]
    if (!proposal) {
      res.status(400).type('html').send(confirmationPage(lang, 'invalid'))
      return
    }
    await payload.update({ collection: 'proposals', id: proposal.id, overrideAccess: true, data: { status: 'open', confirmedAt: new Date().toISOString(), confirmTokenHash: null } })
    res.type('html').send(confirmationPage(lang, 'confirmed', proposal.receipt))
  })

  router.use(problemHandler(payload.logger))
  return router
}
