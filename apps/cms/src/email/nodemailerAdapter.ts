import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/** `MAIL_FROM` as `Name <address>` or a bare address. */
function sender(value: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  return match ? { name: match[1] || 'VIE', address: match[2] ?? value } : { name: 'VIE', address: value.trim() }
}

const recipients = (to: unknown): string => (Array.isArray(to) ? to.map(String).join(', ') : String(to ?? ''))

/**
 * Payload's e-mail adapter over Nodemailer, configured by `SMTP_URL` (e.g.
 * `smtps://user:pass@mail.example:465`) and `MAIL_FROM`. Without `SMTP_URL` Nodemailer renders
 * each mail without sending it and the whole mail goes to the log: Payload's own fallback logs
 * only recipient and subject, and a confirmation or reset link is what a developer needs.
 * (`@payloadcms/email-nodemailer` is not published in the version the other Payload packages are
 * pinned to, and mixing versions is what the pin exists to prevent.)
 */
export function nodemailerAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter {
  const url = env.SMTP_URL?.trim()
  const from = sender(env.MAIL_FROM?.trim() || 'VIE <noreply@localhost>')
  const transport = url ? nodemailer.createTransport(url) : nodemailer.createTransport({ jsonTransport: true })
  return ({ payload }) => {
    if (!url) payload.logger.warn('SMTP_URL is not set: mails are written to this log, links included, instead of being sent.')
    return {
      name: url ? 'smtp' : 'log',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => {
        const sent = await transport.sendMail({ ...message, from: message.from ?? { name: from.name, address: from.address } })
        if (!url) payload.logger.info(`Mail (not sent) to ${recipients(message.to)}: ${String(message.subject ?? '')}\n${String(message.text ?? message.html ?? '')}`)
        return sent
      },
    }
  }
}
