import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/** `MAIL_FROM` as `Name <address>` or a bare address. */
function sender(value: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value)
  return match ? { name: match[1] || 'VIE', address: match[2] ?? value } : { name: 'VIE', address: value.trim() }
}

/**
 * Payload's e-mail adapter over Nodemailer, configured by `SMTP_URL` (e.g.
 * `smtps://user:pass@mail.example:465`) and `MAIL_FROM`. Without `SMTP_URL` there is no adapter
 * and Payload writes every mail to the log instead. (`@payloadcms/email-nodemailer` is not
 * published in the version the other Payload packages are pinned to, and mixing versions is what
 * the pin exists to prevent.)
 */
export function smtpEmailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | undefined {
  const url = env.SMTP_URL?.trim()
  if (!url) return undefined
  const from = sender(env.MAIL_FROM?.trim() || 'VIE <noreply@localhost>')
  const transport = nodemailer.createTransport(url)
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => transport.sendMail({ ...message, from: message.from ?? { name: from.name, address: from.address } }),
  })
}
