import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/site/components/SiteFooter'
import { SiteHeader } from '@/site/components/SiteHeader'
import { direction, locales, pageLocale } from '@/site/locale'
import { viewer } from '@/site/payload'
import { common } from '@/site/text/common'

import '../site.css'

/** Only the site's languages exist: `/de/...` is Next's plain 404, before any page code runs. */
export const dynamicParams = false
export const generateStaticParams = () => locales.map((locale) => ({ locale }))

export const generateMetadata = async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
  const locale = await pageLocale(params)
  return {
    title: { default: common.siteName[locale], template: `%s · ${common.siteName[locale]}` },
    description: common.siteTagline[locale],
    alternates: { languages: Object.fromEntries(locales.map((code) => [code, `/${code}`])) },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5d4b' }

/** The public site's root: one language and direction per page, the reader's account, landmarks for every page. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const [user, requestHeaders] = await Promise.all([viewer(), headers()])
  // Set by src/proxy.ts, so the language switch can point at this very page in the other language.
  const currentPath = requestHeaders.get('x-hamafza-path') ?? `/${locale}`
  return (
    <html lang={locale} dir={direction(locale)}>
      <body>
        <SiteHeader locale={locale} user={user} currentPath={currentPath} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
