import Link from 'next/link'

import { formatDate } from '@/i18n/dates'
import { exchangeWords } from '@/exchange/words'
import type { OffersAndNeed } from '@/payload-types'
import { InLanguage } from '@/site/components/TextLanguage'
import { nameOf } from '@/site/documents/fields'
import type { Locale } from '@/site/locale'
import { paths } from '@/site/paths'
import { exchangeText } from '@/site/text/exchange'

const names = (value: unknown) => (Array.isArray(value) ? value.map(nameOf).filter(Boolean) : [])

/** One offer or need in a list: what, from whom, where, its status, and a link to its page. */
export function ExchangeItemSummary({ item, locale, note }: { item: OffersAndNeed; locale: Locale; note?: string }) {
  const provinces = names(item.provinces)
  return (
    <li className="exchange-item" data-exchange-item={item.id}>
      <p className="exchange-item__tags">
        <span className={`exchange-tag exchange-tag--${item.direction}`}>{exchangeWords.directions[item.direction][locale]}</span>{' '}
        <span className="exchange-tag">{exchangeWords.kinds[item.kind][locale]}</span>{' '}
        <span className={`exchange-tag exchange-tag--status-${item.status}`}>{exchangeWords.statuses[item.status][locale]}</span>
      </p>
      <h3 className="exchange-item__title">
        <Link href={paths.exchangeItem(locale, item.id)} prefetch={false}>
          <InLanguage text={item.title} locale={locale} />
        </Link>
      </h3>
      <p className="exchange-item__meta">
        {exchangeText.postedBy[locale]}: <InLanguage text={nameOf(item.organization)} locale={locale} />
        {provinces.length ? (
          <>
            {' · '}
            {exchangeText.provinces[locale]}: <InLanguage text={provinces.join('، ')} locale={locale} />
          </>
        ) : null}
        {' · '}
        {exchangeText.posted[locale]}: <time dateTime={item.createdAt}>{formatDate(item.createdAt, locale)}</time>
      </p>
      {note ? <p className="exchange-item__note">{note}</p> : null}
    </li>
  )
}
