import type { DocId } from '../../api/ids'
import { contentTypes } from '../../downloads/sheet'
import { formatNumber } from '../../i18n/dates'
import { fill } from '../documents/format'
import { otherLocale, type Locale } from '../locale'
import { paths, type DocumentCollection } from '../paths'
import { pick } from '../text'
import { documents } from '../text/documents'
import { downloads } from '../text/downloads'
import styles from './Downloads.module.css'

type Props = {
  locale: Locale
  collection: DocumentCollection
  id: DocId
  /** The edition on the page: its number, and its version id when the page pins an earlier one. */
  number?: number
  pinned?: DocId
}

/**
 * "Download as Word" for a case study, lesson or best practice, in the side panel of its page: the edition
 * the page shows, in the page's language and in the other one.
 */
export function RecordDownload({ locale, collection, id, number, pinned }: Props) {
  const t = pick(downloads, locale)
  const other = otherLocale(locale)
  const headingId = `record-download-${id}`
  const separator = locale === 'fa' ? '، ' : ', '
  const details = [locale === 'fa' ? t.languageFa : t.languageEn, number ? fill(documents.versionNumbered[locale], { n: formatNumber(number, locale) }) : null]
    .filter(Boolean)
    .join(separator)
  return (
    <section className={styles.downloads} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.recordDownloadHeading}
      </h2>
      <ul className={styles.list}>
        <li>
          <a className={styles.link} href={paths.recordDownload(locale, collection, id, pinned)} type={contentTypes.docx} download>
            <span className={styles.format}>{t.recordDocx}</span>
            <span className="visually-hidden">{separator}</span>
            <span className={styles.details}>{details}</span>
          </a>
        </li>
      </ul>
      <p className={styles.other}>
        <span className={styles.otherLabel}>{t.otherLanguage}</span>
        <span className={styles.otherLinks}>
          <a className={styles.otherLink} href={paths.recordDownload(other, collection, id, pinned)} hrefLang={other} type={contentTypes.docx} download>
            {t.formatShortDocx}
            <span className="visually-hidden"> ({t.otherLanguageName})</span>
          </a>
        </span>
      </p>
    </section>
  )
}
