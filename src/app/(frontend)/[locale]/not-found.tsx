import { headers } from 'next/headers'
import Link from 'next/link'

import { defaultLocale, isLocale } from '@/site/locale'
import { paths } from '@/site/paths'
import { common } from '@/site/text/common'
import { pick } from '@/site/text'

/** Shown for any unknown or unreadable address under a language (a 404, never a hint of what exists). */
export default async function NotFound() {
  const segment = (await headers()).get('x-hamafza-path')?.split('/')[1]
  const locale = isLocale(segment) ? segment : defaultLocale
  const t = pick(common, locale)
  return (
    <div className="page page--narrow">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href={paths.search(locale)}>{t.search}</Link>
      </p>
    </div>
  )
}
