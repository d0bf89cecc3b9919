import Link from 'next/link'

import { formatDate, formatNumber } from '@/i18n/dates'
import { labels } from '@/i18n/labels'
import { editionText } from '@/site/edition'
import { pageLocale, type Locale } from '@/site/locale'
import { loadHome, type CaseCard } from '@/site/home'
import { paths } from '@/site/paths'
import { pick } from '@/site/text'
import { homeText } from '@/site/text/home'

import './home.css'

/** Text in Persian script on an English page (a title not yet translated) is marked as Persian, and back. */
const languageOf = (text: string, locale: Locale) => {
  const persian = /[\u0600-\u06FF]/.test(text)
  if (persian === (locale === 'fa')) return {}
  return persian ? { lang: 'fa', dir: 'rtl' as const } : { lang: 'en', dir: 'ltr' as const }
}

const outcomeWord = { success: labels.outcomeSuccess, failure: labels.outcomeFailure, mixed: labels.outcomeMixed } as const

const nameOf = (value: number | { name?: string | null } | null | undefined) => (value && typeof value === 'object' ? (value.name ?? '') : '')

function CaseList({ cases, locale }: { cases: CaseCard[]; locale: Locale }) {
  const t = pick(homeText, locale)
  if (cases.length === 0) return <p>{t.noneYet}</p>
  return (
    <ul className="home-cases__list">
      {cases.map((item) => {
        const title = item.title ?? ''
        const organization = nameOf(item.organization)
        const provinces = (item.provinces ?? []).map(nameOf).filter(Boolean)
        return (
          <li key={item.id} className="home-case">
            <h4>
              <Link href={paths.document(locale, 'case-studies', item.id)} {...languageOf(title, locale)}>
                {title}
              </Link>
            </h4>
            <p className="home-case__meta">
              <span className={`outcome outcome--${item.outcome}`}>{outcomeWord[item.outcome][locale]}</span>
              {organization ? <span {...languageOf(organization, locale)}>{organization}</span> : null}
              {provinces.length ? <span {...languageOf(provinces.join(' '), locale)}>{provinces.join(locale === 'fa' ? '، ' : ', ')}</span> : null}
              <time dateTime={item.createdAt}>{formatDate(item.createdAt, locale)}</time>
            </p>
            {item.summary ? (
              <p className="home-case__summary" {...languageOf(item.summary, locale)}>
                {item.summary.length > 220 ? `${item.summary.slice(0, 220).replace(/\s+\S*$/, '')}…` : item.summary}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const t = pick(homeText, locale)
  const { worked, didNot, curricula, numbers: count } = await loadHome(locale)
  const numbers: [string, number][] = [
    [t.memberNgos, count.memberNgos],
    [t.provincesWithMembers, count.provincesWithMembers],
    [t.successes, count.successes],
    [t.failures, count.failures],
    [t.mixed, count.mixed],
    [t.lessons, count.lessons],
    [t.appliedLessons, count.appliedLessons],
    [t.applyingNgos, count.applyingNgos],
    [t.curricula, count.curricula],
  ]

  return (
    <div className="home">
      <section className="home-hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t.heading}</h1>
        <p className="home-hero__intro">{t.intro}</p>
        <form action={paths.search(locale)} method="get" role="search" className="home-search">
          <label htmlFor="home-q">{t.searchLabel}</label>
          <div className="home-search__row">
            <input id="home-q" name="q" type="search" dir="auto" enterKeyHint="search" maxLength={500} />
            <button type="submit" className="button">
              {t.searchButton}
            </button>
          </div>
        </form>
        <p className="home-hero__facts">{t.facts}</p>
      </section>

      <section className="home-cases" aria-labelledby="home-cases-heading">
        <h2 id="home-cases-heading">{t.caseStudiesHeading}</h2>
        <p>{t.caseStudiesIntro}</p>
        <div className="home-cases__columns">
          <section className="home-cases__column home-cases__column--worked" aria-labelledby="home-worked">
            <h3 id="home-worked">{t.worked}</h3>
            <CaseList cases={worked} locale={locale} />
            <p>
              <Link href={paths.search(locale, { type: 'case-studies', outcome: 'success', sort: 'newest' })}>{t.allSuccesses}</Link>
            </p>
          </section>
          <section className="home-cases__column home-cases__column--not" aria-labelledby="home-not">
            <h3 id="home-not">{t.didNotWork}</h3>
            <CaseList cases={didNot} locale={locale} />
            <p>
              <Link href={paths.search(locale, { type: 'case-studies', outcome: ['failure', 'mixed'], sort: 'newest' })}>{t.allFailures}</Link>
            </p>
          </section>
        </div>
      </section>

      <section className="home-curricula" aria-labelledby="home-curricula-heading">
        <h2 id="home-curricula-heading">{t.curriculaHeading}</h2>
        <div className="home-curricula__table">
          <table>
            <caption>{t.curriculaCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.code}</th>
                <th scope="col">{t.edition}</th>
                <th scope="col">{t.curriculumTitle}</th>
                <th scope="col">{t.hours}</th>
              </tr>
            </thead>
            <tbody>
              {curricula.map((curriculum) => (
                <tr key={curriculum.id}>
                  <td>
                    <span dir="ltr">{curriculum.code}</span>
                  </td>
                  <td>{editionText(curriculum.edition, locale)}</td>
                  <td>
                    <Link href={paths.document(locale, 'curricula', curriculum.id)} {...languageOf(curriculum.title ?? '', locale)}>
                      {curriculum.title}
                    </Link>
                  </td>
                  <td>{formatNumber((curriculum.hoursTheory ?? 0) + (curriculum.hoursPractice ?? 0), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <Link href={paths.search(locale, { type: 'curricula' })}>{t.allCurricula}</Link>
        </p>
      </section>

      <section className="home-numbers" aria-labelledby="home-numbers-heading">
        <h2 id="home-numbers-heading">{t.numbersHeading}</h2>
        <dl>
          {numbers.map(([label, value]) => (
            <div key={label} className="home-numbers__item">
              <dt>{label}</dt>
              <dd>{formatNumber(value, locale)}</dd>
            </div>
          ))}
        </dl>
        <p className="home-numbers__note">{t.numbersNote}</p>
      </section>
    </div>
  )
}
