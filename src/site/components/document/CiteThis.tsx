import type { Locale } from '../../locale'
import { documents } from '../../text/documents'
import { common } from '../../text/common'
import { InLanguage } from '../TextLanguage'

/**
 * "Cite this": a citation (organization, title, edition, year, the site, the link pinned to this edition),
 * the pinned permanent link, and the plain permanent link that always opens the latest version.
 */
export function CiteThis({
  locale,
  organization,
  title,
  edition,
  year,
  pinnedLink,
  permalink,
}: {
  locale: Locale
  organization: string
  title: string
  edition: string
  year: string
  pinnedLink: string
  permalink: string
}) {
  const [open, close] = locale === 'fa' ? ['«', '»'] : ['“', '”']
  return (
    <section className="doc-cite" aria-labelledby="doc-cite-heading">
      <h2 id="doc-cite-heading">{documents.cite[locale]}</h2>
      <figure>
        <figcaption className="visually-hidden">{documents.citation[locale]}</figcaption>
        <p className="doc-cite__text">
          {organization ? (
            <>
              <InLanguage text={organization} locale={locale} />.{' '}
            </>
          ) : null}
          ({year}). {open}
          <InLanguage text={title} locale={locale} />
          {close}. {edition ? `${edition}. ` : ''}
          {common.siteName[locale]}.{' '}
          <bdi dir="ltr" lang="en">
            {pinnedLink}
          </bdi>
        </p>
      </figure>
      <dl className="doc-pairs">
        <dt>{documents.permalinkEdition[locale]}</dt>
        <dd>
          <a href={pinnedLink} dir="ltr" className="doc-cite__link">
            {pinnedLink}
          </a>
        </dd>
        <dt>{documents.permalink[locale]}</dt>
        <dd>
          <a href={permalink} dir="ltr" className="doc-cite__link">
            {permalink}
          </a>
        </dd>
      </dl>
    </section>
  )
}
