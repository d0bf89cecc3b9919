import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** A Payload instance on this test file's own database. */
export const startPayload = (): Promise<Payload> =>
  getPayload({ config, key: process.env.DATABASE_URL, cron: false })
