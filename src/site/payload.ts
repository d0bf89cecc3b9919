import config from '@payload-config'
import { headers } from 'next/headers'
import { cache } from 'react'
import { getPayload, type Payload } from 'payload'

import type { User } from '../payload-types'

/** The app's one Payload instance (the Local API), shared by every page of the public site. */
export const sitePayload = (): Promise<Payload> => getPayload({ config })

/**
 * Who is reading: the signed-in network member (Payload's own cookie or Authorization header), or null for a
 * visitor. Cached for one render, so the layout and the page ask Payload once.
 */
export const viewer = cache(async (): Promise<User | null> => readerOf(await sitePayload(), await headers()))

/** The network member these request headers sign in (Payload's cookie or Authorization header), or null. */
export const readerOf = async (payload: Payload, requestHeaders: Headers): Promise<User | null> => {
  if (!requestHeaders.get('cookie')?.includes('payload-token') && !requestHeaders.get('authorization')) return null
  const { user } = await payload.auth({ headers: requestHeaders })
  return user && user.collection === 'users' ? (user as User) : null
}

/**
 * What a page may pass to the Local API so the collections' own access rules decide what the reader sees
 * (members-only records, drafts): never `overrideAccess: true` on a public page.
 */
export const readerAccess = async (): Promise<{ overrideAccess: false; user: User | null }> => ({
  overrideAccess: false,
  user: await viewer(),
})
