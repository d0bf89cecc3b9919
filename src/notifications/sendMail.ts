import type { TaskConfig } from 'payload'

import { idOf } from '../access/roles'
import { mailFrom } from './address'
import { deliver } from './transport'

/**
 * Sends one recorded message and writes down how it went. A failure is recorded and thrown, so the
 * queue tries again with growing pauses (about 30 s, 1, 2, 4 and 8 minutes); a delivered message is never
 * sent twice.
 */
export const sendMailTask: TaskConfig<{ input: { message: number | string | { id: number | string } }; output: { status: string } }> = {
  slug: 'sendMail',
  label: 'Send an e-mail',
  // A link, not a bare id, so that a backup restored under new ids still points at its message.
  inputSchema: [{ name: 'message', type: 'relationship', relationTo: 'mail-messages', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const message = await payload.findByID({ collection: 'mail-messages', id: idOf(input.message), depth: 0, overrideAccess: true, disableErrors: true })
    if (!message) return { output: { status: 'gone' } }
    if (message.status === 'delivered') return { output: { status: 'delivered' } }
    const attempts = (message.attempts ?? 0) + 1
    const from = mailFrom()
    try {
      const delivery = await deliver(payload, {
        from: { name: from.name, address: from.address },
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: (message.headers as Record<string, string> | null) ?? undefined,
      })
      await payload.update({
        collection: 'mail-messages',
        id: message.id,
        data: { status: 'delivered', attempts, error: null, deliveredAt: new Date().toISOString(), via: delivery.via, outboxFile: delivery.file ?? null },
        overrideAccess: true,
      })
      return { output: { status: 'delivered' } }
    } catch (error) {
      await payload.update({
        collection: 'mail-messages',
        id: message.id,
        data: { status: 'failed', attempts, error: error instanceof Error ? error.message : String(error) },
        overrideAccess: true,
      })
      throw error
    }
  },
}
