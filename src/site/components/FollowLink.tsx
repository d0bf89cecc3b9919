import Link from 'next/link'

import type { Locale } from '../locale'
import { paths, type Query } from '../paths'
import { noticesText } from '../text/notices'

/**
 * "Be told of new documents of X": a link to the notices page, which asks the member (after signing in, if
 * need be) to confirm a subscription to the search `follow` makes. A link, not a form, so that the page it
 * sits on stays the same for every visitor and can be kept in memory.
 */
export function FollowLink({ locale, follow, label }: { locale: Locale; follow: Query; label: string }) {
  return (
    <p className="follow-link">
      <Link href={paths.follow(locale, follow, label)} prefetch={false}>
        {noticesText.followLink[locale].replace('{label}', label)}
      </Link>
    </p>
  )
}
