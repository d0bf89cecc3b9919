import type { Payload } from 'payload'

import { mailQueue } from '../../src/notifications/queue'

/** Runs the mail queue as the worker would, until nothing due is left. */
export const drainMail = async (payload: Payload) => {
  for (let round = 0; round < 10; round++) {
    const result = await payload.jobs.run({ queue: mailQueue, limit: 100, silent: true })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

/** The recorded messages, newest last. */
export const mailRecords = async (payload: Payload, where: Record<string, unknown> = {}) =>
  (await payload.find({ collection: 'mail-messages', where: where as never, sort: 'createdAt', pagination: false, overrideAccess: true })).docs
