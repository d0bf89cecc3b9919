import Link from 'next/link'

import { findItems } from '@/site/exchange/load'
import type { Locale } from '@/site/locale'
import { paths } from '@/site/paths'
import { sitePayload, viewer } from '@/site/payload'
import { exchangeText } from '@/site/text/exchange'
import { ExchangeItemSummary } from './ExchangeItemSummary'

import '@/app/(frontend)/[locale]/exchange/exchange.css'

/** A province page's share of the exchange: its offers and needs still open or in discussion, for signed-in members only. */
export async function ProvinceExchange({ province, locale }: { province: number | string; locale: Locale }) {
  const user = await viewer()
  if (!user)
    return (
      <section className="doc-section exchange-province" aria-labelledby="province-exchange">
        <h2 id="province-exchange">{exchangeText.provinceHeading[locale]}</h2>
        <p>
          {exchangeText.provinceForMembers[locale]}{' '}
          <Link href={paths.signIn(locale, paths.document(locale, 'provinces', province))} prefetch={false}>
            {exchangeText.signIn[locale]}
          </Link>
        </p>
      </section>
    )
  const items = await findItems(await sitePayload(), user, locale, { direction: null, kind: null, province: String(province), targetGroup: null, stage: null, status: null }, 20)
  return (
    <section className="doc-section exchange-province" aria-labelledby="province-exchange">
      <h2 id="province-exchange">{exchangeText.provinceHeading[locale]}</h2>
      {items.length === 0 ? (
        <p>{exchangeText.provinceNone[locale]}</p>
      ) : (
        <ul className="exchange-list">
          {items.map((item) => (
            <ExchangeItemSummary key={item.id} item={item} locale={locale} />
          ))}
        </ul>
      )}
      <p>
        <Link href={paths.exchange(locale, { province: String(province) })} prefetch={false}>
          {exchangeText.provinceAll[locale]}
        </Link>
      </p>
    </section>
  )
}
