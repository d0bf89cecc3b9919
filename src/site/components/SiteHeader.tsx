import Link from 'next/link'

import { direction, otherLocale, type Locale } from '../locale'
import { paths } from '../paths'
import type { User } from '../../payload-types'
import { common } from '../text/common'
import { pick } from '../text'

/** Swaps the language segment of the current address: `/fa/lessons/3?x=1` ↔ `/en/lessons/3?x=1`. */
const inOtherLocale = (currentPath: string, locale: Locale): string => {
  const other = otherLocale(locale)
  return currentPath.replace(new RegExp(`^/${locale}(?=/|\\?|$)`), `/${other}`) || `/${other}`
}

/** The main navigation: the search, the outcome map, the resource exchange for members, then each kind of record's own page. */
const navigation = (locale: Locale, t: { [K in keyof typeof common]: string }, member: boolean) => [
  { href: paths.search(locale), label: t.search },
  { href: paths.map(locale), label: t.outcomeMap },
  ...(member ? [{ href: paths.exchange(locale), label: t.exchange }] : []),
  ...(
    [
      ['case-studies', t.caseStudies],
      ['lessons', t.lessons],
      ['best-practices', t.bestPractices],
      ['curricula', t.curricula],
      ['organizations', t.organizations],
      ['provinces', t.provinces],
    ] as const
  ).map(([collection, label]) => ({ href: paths.collection(locale, collection), label })),
]

export function SiteHeader({ locale, user, currentPath }: { locale: Locale; user: User | null; currentPath: string }) {
  const t = pick(common, locale)
  const other = otherLocale(locale)
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="site-header__bar">
        <Link className="site-header__brand" href={paths.home(locale)}>
          <span className="site-header__name">{t.siteName}</span>
          <span className="site-header__tagline">{t.siteTagline}</span>
        </Link>
        <div className="site-header__account">
          {user ? (
            <form action={paths.signOut(locale)} method="post" className="site-header__signed-in">
              <span>
                {t.signedInAs} <strong>{user.fullName}</strong>
              </span>
              <button type="submit" className="button button--quiet">
                {t.signOut}
              </button>
            </form>
          ) : (
            <Link href={paths.signIn(locale, currentPath)}>{t.signIn}</Link>
          )}
          <a href={inOtherLocale(currentPath, locale)} hrefLang={other} lang={other} dir={direction(other)} title={t.languageSwitchLabel}>
            {t.languageSwitch}
          </a>
        </div>
      </div>
      <nav aria-label={t.mainNavigation} className="site-nav">
        <ul>
          {navigation(locale, t, Boolean(user)).map(({ href, label }) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
