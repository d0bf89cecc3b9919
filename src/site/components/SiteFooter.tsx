import Link from 'next/link'

import { type Locale } from '../locale'
import { common } from '../text/common'
import { pick } from '../text'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = pick(common, locale)
  return (
    <footer className="site-footer">
      <p>{t.footerAbout}</p>
      <nav aria-label={t.footerNavigation}>
        <Link href="/admin">{t.adminPanel}</Link>
      </nav>
    </footer>
  )
}
