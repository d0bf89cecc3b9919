import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = ParsedMail & { envelopeTo: string[] }

/**
 * A real SMTP server on a loopback port, in the test process: what it accepts is parsed and kept. It can
 * refuse the next messages with a temporary error (451), as a busy server does.
 */
export const startSmtpServer = async () => {
  const received: ReceivedMail[] = []
  let refuseNext = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        if (refuseNext > 0) {
          refuseNext--
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 })
          return callback(error)
        }
        const parsed = await simpleParser(Buffer.concat(chunks))
        received.push(Object.assign(parsed, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (count: number) => {
      refuseNext = count
    },
    /** The messages received for one address. */
    to: (address: string) => received.filter((mail) => mail.envelopeTo.includes(address)),
    clear: () => {
      received.length = 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>
