import type { Metadata } from 'next'

import { pageLocale } from '@/site/locale'
import { sitePayload } from '@/site/payload'
import { noticesText } from '@/site/text/notices'
import { validUnsubscribeToken } from '@/subscriptions/token'

type Params = Promise<{ locale: string }>
type Search = Promise<Record<string, string | string[] | undefined>>

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const locale = await pageLocale(params)
  return { title: noticesText.unsubscribeTitle[locale], robots: { index: false } }
}

/** Opened from an e-mail's unsubscribe link, signed in or not: one button, no script. */
export default async function UnsubscribePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const t = noticesText
  const id = typeof query.s === 'string' ? query.s : ''
  const token = typeof query.t === 'string' ? query.t : ''
  let message: string | null = query.done ? t.unsubscribeDone[locale] : null
  let subscriptionLabel: string | null = null
  if (!message) {
    const subscription =
      /^[\w-]{1,64}$/.test(id) && validUnsubscribeToken(id, token)
        ? await (await sitePayload()).findByID({ collection: 'subscriptions', id, depth: 0, overrideAccess: true, disableErrors: true })
        : null
    if (subscription) subscriptionLabel = subscription.label
    else message = t.unsubscribeInvalid[locale]
  }
  return (
    <div className="page--narrow">
      <h1>{t.unsubscribeTitle[locale]}</h1>
      {message ? (
        <p role="status">{message}</p>
      ) : (
        <form method="post" action={`/${locale}/unsubscribe/${id}/${token}`}>
          <p>{t.unsubscribeConfirm[locale].replace('{label}', subscriptionLabel ?? '')}</p>
          <button type="submit">{t.unsubscribeButton[locale]}</button>
        </form>
      )}
    </div>
  )
}
