import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, openDocument } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { type MailBox, startMailBox } from '../helpers/smtpServer'
import { createEditor, editorPage } from '../editorial/editorSession'
import { openPartnerPage, type PartnerSite, startPartnerSite } from '../widgets/partnerSite'

type Municipality = { population: number; populationYear: number | null }

/**
 * The whole way of a correction, in Chromium: from a tandem card on a partner city's page to the
 * contribution page, the confirmation mail, the editor's field-level decision in the German admin,
 * and the public API; and of an event proposed in English, to German widgets and the change log.
 */
describe('a municipality corrects its record from a partner page', () => {
  let server: BootedServer
  let browser: Browser
  let site: PartnerSite
  let mail: MailBox

  beforeAll(async () => {
    mail = await startMailBox()
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true', SMTP_URL: mail.url, MAIL_FROM: 'VIE <vie@bbsr.test>', ALTCHA_MAX_NUMBER: '5000' } })
    await createEditor(server.url)
    browser = await launchChromium()
    site = await startPartnerSite()
  })
  afterAll(async () => {
    await site?.close()
    await browser?.close()
    await server?.stop()
    await mail?.close()
  })

  /** Signs the filled contribution form, sends it, and opens the link of the confirmation mail; the receipt. */
  async function sendAndConfirm(page: Page, submitter: { name: string; email: string }): Promise<string> {
    const form = page.locator('vie-contribution-form')
    await form.getByLabel('Name').fill(submitter.name)
    await form.getByLabel('E-mail address').fill(submitter.email)
    await form.getByLabel(/I have read the privacy notice/).check()
    await form.getByRole('button', { name: 'Send proposal' }).click()
    await form.getByRole('heading', { name: 'Almost done: please confirm your proposal' }).waitFor({ timeout: 30_000 })
    const receipt = (await form.locator('.sent strong').textContent()) ?? ''
    const link = /(https?:\/\/\S+\/proposals\/confirm\?\S+)/.exec((await mail.next(submitter.email)).text)?.[1] ?? ''
    await page.goto(link)
    await page.getByRole('heading', { name: 'Thank you, your proposal is confirmed' }).waitFor()
    return receipt
  }

  it('proposes three fields, confirms by mail, and the editor accepts two of them', async () => {
    const hamm = async () => (await (await fetch(`${server.url}/public/v1/municipalities/hamm?lang=en`)).json()) as Municipality
    const before = await hamm()

    const context = await browser.newContext({ locale: 'en-GB' })
    const { page, problems } = await openPartnerPage(site, context, server.url, '<vie-tandem-card slug="hamm-arezzo" lang="en" suggest></vie-tandem-card>')
    await page.getByRole('link', { name: 'Suggest a change – Hamm', exact: true }).click()
    await page.waitForURL(`${server.url}/contribute/municipalities/hamm?lang=en`)
    const form = page.locator('vie-contribution-form')
    await form.getByRole('heading', { name: 'Suggest a change: Hamm' }).waitFor({ timeout: 30_000 })
    await form.getByLabel('Population', { exact: false }).first().fill('179222')
    await form.getByLabel('Population as of (year)').fill('2025')
    await form.locator('textarea[name="partnership.seeks.text.en"]').fill('Digital twins for climate adaptation.')
    const receipt = await sendAndConfirm(page, { name: 'Petra Beispiel', email: 'petra@hamm.test' })
    expect(problems).toEqual([])
    expect(receipt).toMatch(/^P-[A-Z2-9]{8}$/)
    await context.close()

    const editor = await editorPage(browser, server.url, 'de-DE')
    // The dashboard lists the confirmed proposal; its receipt opens the review.
    await editor.page.locator('[data-testid="open-proposals"]').getByRole('link', { name: receipt }).click()
    const review = editor.page.locator('section[aria-labelledby="proposal-review-title"]')
    await review.getByRole('heading', { name: 'Vorgeschlagene Änderungen' }).waitFor({ timeout: 30_000 })
    await expect.poll(() => review.locator('tbody tr').count()).toBe(3)
    await review.locator('tr[data-key="populationYear"] input[type="checkbox"]').uncheck()
    await review.getByRole('button', { name: 'Ausgewählte übernehmen und veröffentlichen' }).click()
    await review.getByRole('status').filter({ hasText: 'Entschieden: Teilweise übernommen' }).waitFor({ timeout: 30_000 })
    await editor.context.close()

    // The public API answers from a read model rebuilt just after the write.
    await expect.poll(async () => (await hamm()).population).toBe(179_222)
    const after = await hamm()
    expect(after.populationYear).toBe(before.populationYear)
    expect((await mail.next('petra@hamm.test')).text).toContain('partly accepted')
  })

  it('an organiser submits an event in English; published from the German admin, it shows as English in German widgets and its change log names the proposal', async () => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${server.url}/contribute/events/new?lang=en`)
    const form = page.locator('vie-contribution-form')
    await form.locator('input[name="title.en"]').waitFor({ timeout: 30_000 })
    await form.locator('input[name="title.en"]').fill('Smart city <b>walk</b> in Hamm')
    await form.locator('select[name="kind"]').selectOption('workshop')
    await form.locator('input[name="start"]').fill('2027-06-10T10:00')
    await form.locator('select[name="start_tz"]').selectOption('Europe/Berlin')
    await form.locator('textarea[name="summary.en"]').fill('A walk through the open data of Hamm.')
    const receipt = await sendAndConfirm(page, { name: 'Olga Organiser', email: 'olga@events.test' })
    await context.close()

    const editor = await editorPage(browser, server.url, 'de-DE')
    await editor.page.locator('[data-testid="open-proposals"]').getByRole('link', { name: receipt }).click()
    const review = editor.page.locator('section[aria-labelledby="proposal-review-title"]')
    await review.getByRole('button', { name: 'Ausgewählte übernehmen und veröffentlichen' }).click()
    await review.getByRole('status').filter({ hasText: 'Entschieden: Übernommen' }).waitFor({ timeout: 30_000 })

    const title = 'Smart city <b>walk</b> in Hamm'
    type Event = { slug: string; title: string; fallback: string[] }
    const findEvent = async () =>
      ((await (await fetch(`${server.url}/public/v1/events?when=all&lang=de&limit=100`)).json()) as { items: Event[] }).items.find((e) => e.title === title)
    await expect.poll(findEvent).toMatchObject({ fallback: expect.arrayContaining(['title', 'summary']) })
    const event = (await findEvent())!

    // The German widget shows the English title as text, marked English for screen readers.
    const partner = await browser.newContext({ locale: 'de-DE' })
    const { page: widgetPage, problems } = await openPartnerPage(site, partner, server.url, '<vie-event-list lang="de" when="all" limit="100"></vie-event-list>')
    const marked = widgetPage.locator('vie-event-list [lang="en"]', { hasText: title })
    await marked.first().waitFor({ timeout: 30_000 })
    expect(await widgetPage.locator('vie-event-list b').count()).toBe(0)
    expect(problems).toEqual([])
    await partner.close()

    // In the admin: marked as German missing, and the change log links the proposal.
    const found = (await (await editor.page.request.get(`${server.url}/api/events?where[slug][equals]=${event.slug}&depth=0`)).json()) as { docs: { id: string }[] }
    await openDocument(editor.page, `${server.url}/admin/collections/events/${found.docs[0]!.id}`)
    await editor.page.getByText('Deutsch fehlt (englischer Text übernommen)').first().waitFor({ timeout: 30_000 })
    await editor.page.getByText('Wer hat was geändert?').click()
    await editor.page.getByRole('link', { name: `aus Vorschlag ${receipt}` }).first().waitFor({ timeout: 30_000 })
    await editor.context.close()
  })
})
