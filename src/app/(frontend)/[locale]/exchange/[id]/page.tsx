import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { hasRole, idOf, organizationIDs } from '@/access/roles'
import { closedStatuses, groupOf, renewableStatuses } from '@/exchange/kinds'
import { maxMessage } from '@/exchange/answer'
import { exchangeWords } from '@/exchange/words'
import { formatDate } from '@/i18n/dates'
import { asPrincipal } from '@/notifications/people'
import type { OffersAndNeed, User } from '@/payload-types'
import { ExchangeItemSummary } from '@/site/components/exchange/ExchangeItemSummary'
import { InLanguage } from '@/site/components/TextLanguage'
import { nameOf } from '@/site/documents/fields'
import { findItem, findMatches } from '@/site/exchange/load'
import { pageLocale, type Locale } from '@/site/locale'
import { paths } from '@/site/paths'
import { sitePayload, viewer } from '@/site/payload'
import { pick } from '@/site/text'
import { exchangeText } from '@/site/text/exchange'

import '../exchange.css'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }
type Words = ReturnType<typeof pick<typeof exchangeText>>

const load = async (params: Props['params']) => {
  const locale = await pageLocale(params)
  const { id } = await params
  const user = await viewer()
  // Members only: a visitor gets the same "not found" as for any members-only document.
  if (!user) notFound()
  const item = await findItem(await sitePayload(), user, locale, id)
  if (!item) notFound()
  return { locale, user, item }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await pageLocale(params)
  const user = await viewer()
  const item = user ? await findItem(await sitePayload(), user, locale, (await params).id) : null
  return { title: item?.title ?? exchangeText.title[locale], robots: { index: false } }
}

/** A phone number as a dialler reads it: Persian and Arabic-Indic digits as ASCII, only digits and a leading +. */
const dialable = (phone: string) =>
  phone
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[^\d+]/g, '')

/** The kind with its group ("People: Trainer"), except for "Other", which has none. */
const kindLabel = (item: OffersAndNeed, locale: Locale) => {
  const group = groupOf(item.kind)
  const kind = exchangeWords.kinds[item.kind][locale]
  return group === 'other' ? kind : `${exchangeWords.groups[group][locale]}: ${kind}`
}

const names = (value: unknown) => (Array.isArray(value) ? value.map(nameOf).filter(Boolean).join('، ') : '')

function Fact({ label, text, locale }: { label: string; text: string | null | undefined; locale: Locale }) {
  if (!text) return null
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <InLanguage text={text} locale={locale} />
      </dd>
    </>
  )
}

function AnswerForm({ item, locale, t }: { item: OffersAndNeed; locale: Locale; t: Words }) {
  const direction = exchangeWords.directions[item.direction][locale]
  return (
    <section className="exchange-answer" aria-labelledby="exchange-answer-heading">
      <h2 id="exchange-answer-heading">{t.answerHeading.replace('{direction}', direction)}</h2>
      <p>{t.answerIntro.replace('{organization}', nameOf(item.organization))}</p>
      <form method="post" action={paths.exchangeAnswer(locale, item.id)}>
        <p>
          <label htmlFor="exchange-message">{t.answerLabel}</label>
          <br />
          <textarea id="exchange-message" name="message" required maxLength={maxMessage} aria-describedby="exchange-message-hint" />
          <br />
          <span id="exchange-message-hint">{t.answerHint}</span>
        </p>
        <button type="submit" className="button">
          {t.answerSend}
        </button>
      </form>
    </section>
  )
}

function OwnItem({ item, locale, t, adminRoute }: { item: OffersAndNeed; locale: Locale; t: Words; adminRoute: string }) {
  return (
    <section className="exchange-renew" aria-labelledby="exchange-own-heading">
      <h2 id="exchange-own-heading">{t.ownItem}</h2>
      <p>
        <a href={`${adminRoute}/collections/offers-and-needs/${item.id}`}>{t.editInAdmin}</a>
      </p>
      {renewableStatuses.includes(item.status) ? (
        <form method="post" action={paths.exchangeRenew(locale, item.id)}>
          <button type="submit" className="button">
            {t.renew}
          </button>
        </form>
      ) : null}
    </section>
  )
}

const isOwn = (user: User, item: OffersAndNeed) =>
  item.organization != null && organizationIDs(asPrincipal(user)).map(String).includes(String(idOf(item.organization as number)))

/** One offer or need, for members: what it is, whom to contact, the other side's items that match it, and the answer form. */
export default async function ExchangeItemPage({ params, searchParams }: Props) {
  const { locale, user, item } = await load(params)
  const t = pick(exchangeText, locale)
  const payload = await sitePayload()
  const [matches, query] = await Promise.all([findMatches(payload, user, locale, item), searchParams])
  const own = isOwn(user, item)
  const closed = closedStatuses.includes(item.status)
  const principal = asPrincipal(user)
  const mayAnswer = !own && !closed && hasRole(principal, 'editor') && organizationIDs(principal).length > 0
  const sharedWords = { provinces: t.provinces, targetGroups: t.targetGroups, stages: t.stages }
  return (
    <article className="doc exchange" aria-labelledby="doc-title">
      <p>
        <Link href={paths.exchange(locale)}>{t.backToList}</Link>
      </p>
      <header className="doc-header">
        <p className="doc-header__type">
          {[exchangeWords.directions[item.direction][locale], kindLabel(item, locale), exchangeWords.statuses[item.status][locale]].join(' · ')}
        </p>
        <InLanguage as="h1" text={item.title} locale={locale}>
          <span id="doc-title">{item.title}</span>
        </InLanguage>
      </header>
      {query.answered === '1' ? <p role="status">{t.answered}</p> : null}
      {query.renewed === '1' && item.expiresAt ? <p role="status">{t.renewed.replace('{date}', formatDate(item.expiresAt, locale))}</p> : null}
      {item.description ? <InLanguage as="p" text={item.description} locale={locale} /> : null}
      <dl className="exchange-facts">
        <Fact label={t.postedBy} text={nameOf(item.organization)} locale={locale} />
        <Fact label={t.provinces} text={names(item.provinces)} locale={locale} />
        <Fact label={t.targetGroups} text={names(item.targetGroups)} locale={locale} />
        <Fact label={t.stages} text={names(item.stages)} locale={locale} />
        <Fact label={t.quantity} text={item.quantity} locale={locale} />
        <Fact label={t.posted} text={formatDate(item.createdAt, locale)} locale={locale} />
        {!closed && item.expiresAt ? <Fact label={t.expires} text={formatDate(item.expiresAt, locale)} locale={locale} /> : null}
        <Fact label={t.closingNote} text={item.closingNote} locale={locale} />
      </dl>
      <section className="doc-section" aria-labelledby="exchange-contact">
        <h2 id="exchange-contact">{t.contact}</h2>
        <p>
          <InLanguage text={item.contact?.person} locale={locale} />
          {item.contact?.phone ? (
            <>
              <br />
              {t.phone}: <a href={`tel:${dialable(item.contact.phone)}`}>{item.contact.phone}</a>
            </>
          ) : null}
          {item.contact?.email ? (
            <>
              <br />
              {t.email}:{' '}
              <a href={`mailto:${item.contact.email}`} lang="en" dir="ltr">
                {item.contact.email}
              </a>
            </>
          ) : null}
        </p>
      </section>
      <section className="doc-section" aria-labelledby="exchange-matches">
        <h2 id="exchange-matches">{item.direction === 'offer' ? t.matchesForOffer : t.matchesForNeed}</h2>
        {matches.length === 0 ? (
          <p>{t.matchesNone}</p>
        ) : (
          <ul className="exchange-list">
            {matches.map((match) => (
              <ExchangeItemSummary
                key={match.item.id}
                item={match.item.doc}
                locale={locale}
                note={t.shared.replace(
                  '{what}',
                  (Object.keys(sharedWords) as (keyof typeof sharedWords)[])
                    .filter((key) => match.shared[key] > 0)
                    .map((key) => sharedWords[key])
                    .join('، '),
                )}
              />
            ))}
          </ul>
        )}
      </section>
      {own ? (
        <OwnItem item={item} locale={locale} t={t} adminRoute={payload.config.routes.admin} />
      ) : mayAnswer ? (
        <AnswerForm item={item} locale={locale} t={t} />
      ) : closed ? (
        <p>{t.closed}</p>
      ) : (
        <p>{t.answerOnlyEditors}</p>
      )}
    </article>
  )
}
