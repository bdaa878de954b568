import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { to: string; subject: string; text: string }

export type MailBox = {
  url: string
  mails: ReceivedMail[]
  /** The next mail to `to` that arrives (or has arrived and was not taken yet). */
  next: (to: string, timeoutMs?: number) => Promise<ReceivedMail>
  close: () => Promise<void>
}

/** A real SMTP server on loopback that keeps every mail it receives, parsed. */
export async function startMailBox(): Promise<MailBox> {
  const mails: ReceivedMail[] = []
  const taken = new Set<ReceivedMail>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '')
          mails.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '' })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const next = async (to: string, timeoutMs = 15_000): Promise<ReceivedMail> => {
    const until = Date.now() + timeoutMs
    for (;;) {
      const mail = mails.find((m) => m.to.includes(to) && !taken.has(m))
      if (mail) {
        taken.add(mail)
        return mail
      }
      if (Date.now() > until) throw new Error(`no mail to ${to} within ${timeoutMs} ms; received: ${mails.map((m) => m.to).join(', ')}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return { url: `smtp://127.0.0.1:${port}`, mails, next, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
