import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { Payload, SendEmailOptions } from 'payload'

import { mailFrom, outboxDir } from './address'

export type Delivery = { via: 'smtp' | 'outbox'; messageId?: string; file?: string }

type Sender = (message: SendEmailOptions) => Promise<unknown>

// One nodemailer adapter per SMTP_URL (or the outbox), made on first use: a changed SMTP_URL takes effect
// without a restart, and a server that is down at start-up does not hold up the app.
const senders = new Map<string, Promise<Sender>>()

const senderFor = (payload: Payload, smtpURL: string | undefined): Promise<Sender> => {
  const key = smtpURL ?? 'outbox'
  let sender = senders.get(key)
  if (!sender) {
    const from = mailFrom()
    sender = nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      skipVerify: true,
      // nodemailer takes the SMTP URL as `url` beside its options; without one it builds the raw message only.
      transportOptions: (smtpURL
        ? { url: smtpURL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }
        : { streamTransport: true, buffer: true, newline: 'unix' }) as never,
    }).then((adapter) => adapter({ payload }).sendEmail)
    senders.set(key, sender)
    sender.catch(() => senders.delete(key))
  }
  return sender
}

const fileName = (messageId: string | undefined) =>
  `${new Date().toISOString().replace(/[:.]/g, '-')}-${(messageId ?? Math.random().toString(36).slice(2)).replace(/[^a-zA-Z0-9.-]/g, '')}.eml`

/** Hands one message to the SMTP server named by SMTP_URL, or writes it to the file outbox. */
export const deliver = async (payload: Payload, message: SendEmailOptions): Promise<Delivery> => {
  const smtpURL = process.env.SMTP_URL?.trim() || undefined
  const send = await senderFor(payload, smtpURL)
  const info = (await send(message)) as { messageId?: string; message?: Buffer }
  if (smtpURL) return { via: 'smtp', messageId: info.messageId }
  const dir = outboxDir()
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, fileName(info.messageId))
  await writeFile(file, info.message ?? Buffer.alloc(0))
  return { via: 'outbox', messageId: info.messageId, file }
}
