import Link from 'next/link'
import type { ReactNode } from 'react'

import { refsOf } from '../../documents/fields'
import type { Locale } from '../../locale'
import { paths } from '../../paths'
import { InLanguage } from '../TextLanguage'

/** One row of a document's facts; a fact with nothing to say is left out. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children == null || children === '' || children === false) return null
  return (
    <div className="doc-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The names of related records (provinces, topics…), each in its own language, linked when asked. */
export function Names({ value, locale, link }: { value: unknown; locale: Locale; link?: 'organizations' | 'provinces' }) {
  const refs = refsOf(value).filter((ref) => ref.name)
  if (refs.length === 0) return null
  return (
    <ul className="doc-facts__values">
      {refs.map((ref) => (
        <li key={ref.id}>
          {link ? (
            <Link href={paths.document(locale, link, ref.id)}>
              <InLanguage text={ref.name} locale={locale} />
            </Link>
          ) : (
            <InLanguage text={ref.name} locale={locale} />
          )}
        </li>
      ))}
    </ul>
  )
}
