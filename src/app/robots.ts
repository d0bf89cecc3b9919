import type { MetadataRoute } from 'next'

import { siteOrigin } from '@/site/documents/format'

export const dynamic = 'force-dynamic'

/** Crawlers read the public site; the authors' panel and the API are not for them. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] },
    sitemap: `${origin}/sitemap.xml`,
  }
}
