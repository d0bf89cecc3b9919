import { citationFormats, type CitationFormat } from '../../../citations/formats'
import type { DocId } from '../../../api/ids'
import type { Locale } from '../../locale'
import { paths, type DocumentCollection } from '../../paths'
import { citations } from '../../text/citations'
import { documents } from '../../text/documents'
import { common } from '../../text/common'
import { InLanguage, textLanguage } from '../TextLanguage'

/** What each citation file is called on its link, and its media type for the link's `type`. */
const files: Record<CitationFormat, { name: string; type: string }> = {
  bib: { name: 'BibTeX (.bib)', type: 'application/x-bibtex' },
  ris: { name: 'RIS (.ris)', type: 'application/x-research-info-systems' },
  json: { name: 'CSL-JSON (.json)', type: 'application/vnd.citationstyles.csl+json' },
}

/**
 * "Cite this": a citation (organization, title, edition, year, the site, the link pinned to this edition),
 * the pinned permanent link, the plain permanent link that always opens the latest version, and the citation
 * of the edition shown as BibTeX, RIS and CSL-JSON files for reference managers.
 */
export function CiteThis({
  locale,
  collection,
  id,
  editionId,
  organization,
  title,
  edition,
  year,
  pinnedLink,
  permalink,
}: {
  locale: Locale
  collection: DocumentCollection
  id: DocId
  /** The published version shown on the page, which the files cite; none before the first is published. */
  editionId: DocId | undefined
  organization: string
  title: string
  edition: string
  year: string
  pinnedLink: string
  permalink: string
}) {
  const [open, close] = locale === 'fa' ? ['«', '»'] : ['“', '”']
  const separator = locale === 'fa' ? '، ' : ', '
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
      <h3 id="doc-cite-files">{citations.filesHeading[locale]}</h3>
      <p id="doc-cite-files-note" className="doc-cite__note">
        {citations.filesNote[locale]}
      </p>
      <ul className="doc-cite__files" aria-labelledby="doc-cite-files">
        {citationFormats.map((format) => (
          <li key={format}>
            {/* The visible name starts the link's name, and the hidden words say what kind of file it is. */}
            <a href={paths.citation(locale, collection, id, format, editionId)} type={files[format].type} download className="doc-cite__file">
              <span {...textLanguage(files[format].name, locale)}>{files[format].name}</span>
              <span className="visually-hidden">
                {separator}
                {citations[format][locale]}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
