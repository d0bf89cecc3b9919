import type { Metadata } from 'next'
import Link from 'next/link'

import { label } from '@/i18n/labels'
import { noticeSettings } from '@/notifications/kinds'
import { pageLocale } from '@/site/locale'
import { FrequencyField } from '@/site/components/FrequencyField'
import { paths } from '@/site/paths'
import { sitePayload, viewer } from '@/site/payload'
import { noticesText } from '@/site/text/notices'
import { isSubscriptionRequestError, subscriptionQuery } from '@/subscriptions/manage'

type Params = Promise<{ locale: string }>
type Search = Promise<Record<string, string | string[] | undefined>>

const noticeLabel = {
  reviewRequests: 'noticeReviewRequests',
  sentBack: 'noticeSentBack',
  published: 'noticePublished',
  overdue: 'noticeOverdue',
  editions: 'noticeEditions',
  digests: 'noticeDigests',
  exchange: 'noticeExchange',
} as const

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const locale = await pageLocale(params)
  return { title: noticesText.title[locale], robots: { index: false } }
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

/**
 * A follow link's request (`?follow=organization%3D3&label=…`, see FollowLink): the search it names, checked
 * as a subscription would be, or the reason it cannot be followed.
 */
const followRequest = (query: Record<string, string | string[] | undefined>, locale: 'fa' | 'en') => {
  const follow = one(query.follow)
  if (follow === undefined) return null
  const label = (one(query.label) ?? '').trim().slice(0, 200) || follow
  try {
    return { label, raw: follow, query: subscriptionQuery(follow, locale), problem: null }
  } catch (error) {
    if (!isSubscriptionRequestError(error)) throw error
    return { label, raw: follow, query: null, problem: error.message }
  }
}

/** A member's notices: which they receive, in which language, and the searches they follow. No script: plain forms. */
export default async function NoticesPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const locale = await pageLocale(params)
  const [user, query, payload] = await Promise.all([viewer(), searchParams, sitePayload()])
  const t = noticesText
  const follow = followRequest(query, locale)
  if (!user) {
    return (
      <div className="page--narrow">
        <h1>{t.title[locale]}</h1>
        <p>
          {follow ? (
            <Link href={paths.signIn(locale, paths.follow(locale, Object.fromEntries(new URLSearchParams(follow.raw)), follow.label))}>
              {t.followSignIn[locale].replace('{label}', follow.label)}
            </Link>
          ) : (
            <Link href={paths.signIn(locale, paths.notices(locale))}>{t.signInFirst[locale]}</Link>
          )}
        </p>
      </div>
    )
  }
  const { docs: subscriptions } = await payload.find({
    collection: 'subscriptions',
    where: { subscriber: { equals: user.id } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    user: { ...user, collection: 'users' },
    overrideAccess: false,
  })
  const done = typeof query.done === 'string' && ['added', 'saved', 'removed'].includes(query.done) ? (query.done as 'added' | 'saved' | 'removed') : null
  return (
    <div className="page--narrow notices">
      <h1>{t.title[locale]}</h1>
      {done ? <p role="status">{t[done][locale]}</p> : null}
      {follow?.problem ? (
        <p role="alert" className="notices__problem">
          {t.followProblem[locale].replace('{problem}', follow.problem)}
        </p>
      ) : follow?.query && subscriptions.some((subscription) => subscription.query === follow.query) ? (
        <p role="status">{t.alreadyFollowing[locale].replace('{label}', follow.label)}</p>
      ) : follow?.query ? (
        <section aria-labelledby="follow-heading" className="notices__follow">
          <h2 id="follow-heading">{t.followHeading[locale].replace('{label}', follow.label)}</h2>
          <form method="post" action={paths.noticeSubscriptions(locale)}>
            <p>{t.followIntro[locale]}</p>
            <input type="hidden" name="action" value="create" />
            <input type="hidden" name="query" value={follow.query} />
            <input type="hidden" name="label" value={follow.label} />
            <FrequencyField id="follow-frequency" locale={locale} />{' '}
            <button type="submit">{t.follow[locale]}</button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="subscriptions-heading">
        <h2 id="subscriptions-heading">{t.subscriptionsHeading[locale]}</h2>
        {subscriptions.length === 0 ? (
          <p>{t.subscriptionsNone[locale]}</p>
        ) : (
          <ul className="notices__subscriptions">
            {subscriptions.map((subscription) => (
              <li key={subscription.id} data-subscription={subscription.id}>
                <p>
                  <strong>{subscription.label}</strong> — <Link href={`${paths.search(locale)}?${subscription.query}`}>{t.openSearch[locale]}</Link>
                </p>
                <form method="post" action={paths.noticeSubscriptions(locale)}>
                  <input type="hidden" name="action" value="update" />
                  <input type="hidden" name="id" value={String(subscription.id)} />
                  <FrequencyField id={`frequency-${subscription.id}`} locale={locale} value={subscription.frequency} />{' '}
                  <button type="submit">{t.save[locale]}</button>
                </form>
                <form method="post" action={paths.noticeSubscriptions(locale)}>
                  <input type="hidden" name="action" value="delete" />
                  <input type="hidden" name="id" value={String(subscription.id)} />
                  <button type="submit" aria-label={`${t.remove[locale]}: ${subscription.label}`}>
                    {t.remove[locale]}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t.settingsHeading[locale]}</h2>
        <form method="post" action={paths.noticeSettings(locale)}>
          <fieldset>
            <legend>{t.settingsHeading[locale]}</legend>
            {noticeSettings.map((name) => (
              <p key={name}>
                <input type="checkbox" id={`notice-${name}`} name={name} defaultChecked={user.notices?.[name] !== false} />{' '}
                <label htmlFor={`notice-${name}`}>{label(noticeLabel[name])[locale]}</label>
              </p>
            ))}
          </fieldset>
          <p>
            <label htmlFor="notice-language">{t.language[locale]}</label>{' '}
            <select id="notice-language" name="language" defaultValue={user.language === 'en' ? 'en' : 'fa'}>
              <option value="fa">فارسی</option>
              <option value="en">English</option>
            </select>
          </p>
          <button type="submit">{t.saveSettings[locale]}</button>
        </form>
      </section>
    </div>
  )
}
