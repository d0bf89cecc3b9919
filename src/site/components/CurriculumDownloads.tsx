import { parseId } from '../../api/ids'
import { downloadCount } from '../../downloads/events'
import { downloadCache, sizeKey } from '../../downloads/cache'
import { contentTypes, currentRevision, downloadFilename, versionRevision, type DownloadFormat } from '../../downloads/sheet'
import { fileSize } from '../../curricula/files'
import { formatNumber } from '../../i18n/dates'
import type { Curriculum } from '../../payload-types'
import { editionText } from '../edition'
import { otherLocale, type Locale } from '../locale'
import { paths } from '../paths'
import { sitePayload } from '../payload'
import { pick } from '../text'
import { downloads } from '../text/downloads'
import styles from './Downloads.module.css'

type Props = { locale: Locale; curriculum: Curriculum; versionId?: string }

const formats: DownloadFormat[] = ['pdf', 'docx', 'zip']

/**
 * The download links of one curriculum edition, for the side panel of its page: PDF, DOCX and the ZIP
 * bundle in the page's language (and the same three in the other language), with the edition, each file's
 * size once it has been made, and how many times this edition has been downloaded.
 */
export async function CurriculumDownloads({ locale, curriculum, versionId }: Props) {
  const t = pick(downloads, locale)
  const payload = await sitePayload()
  const count = await downloadCount(payload, curriculum.id, curriculum.edition)
  // An edition pinned by `?version=`: only an id of the database's kind, never handed on otherwise.
  const version = versionId ? parseId(payload, 'curricula', versionId) : null
  const revision = version ? versionRevision(version) : currentRevision(curriculum)
  const attachmentCount =
    new Set([curriculum.trainerGuide, curriculum.learnerWorkbook, ...(curriculum.attachments ?? [])].filter((file) => file != null).map((file) => (typeof file === 'object' ? file!.id : file))).size
  const headingId = `curriculum-downloads-${curriculum.id}`
  const other = otherLocale(locale)
  const sheet = { code: curriculum.code, edition: curriculum.edition, versionId: version }
  const separator = locale === 'fa' ? '، ' : ', '

  const label = { pdf: t.formatPdf, docx: t.formatDocx, zip: t.formatZip }
  const short = { pdf: t.formatShortPdf, docx: t.formatShortDocx, zip: t.formatShortZip }
  const details = (format: DownloadFormat) => {
    const parts = [locale === 'fa' ? t.languageFa : t.languageEn, `${t.edition} ${editionText(curriculum.edition, locale)}`]
    if (format === 'zip') {
      parts.push(attachmentCount === 0 ? t.noAttachments : `${t.attachmentCount}: ${formatNumber(attachmentCount, locale)}`)
    } else {
      const bytes = downloadCache.size(sizeKey(curriculum.id, revision, locale, format))
      if (bytes != null) parts.push(fileSize(bytes, locale))
    }
    return parts.join(separator)
  }

  return (
    <section className={styles.downloads} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.downloadsHeading}
      </h2>
      <p className={styles.note}>{t.downloadsNote}</p>
      <ul className={styles.list}>
        {formats.map((format) => (
          <li key={format}>
            {/* Label and caption are blocks of their own: the panel's link styles would set them on one line. */}
            <a
              className={styles.link}
              href={paths.curriculumDownload(locale, curriculum.id, format, version)}
              type={contentTypes[format]}
              download={downloadFilename({ ...sheet, locale }, format)}
            >
              <span className={styles.format}>{label[format]}</span>
              <span className="visually-hidden">{separator}</span>
              <span className={styles.details}>{details(format)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className={styles.other}>
        <span className={styles.otherLabel}>{t.otherLanguage}</span>
        <span className={styles.otherLinks}>
          {formats.map((format) => (
            <a
              key={format}
              className={styles.otherLink}
              href={paths.curriculumDownload(other, curriculum.id, format, version)}
              hrefLang={other}
              type={contentTypes[format]}
              download={downloadFilename({ ...sheet, locale: other }, format)}
            >
              {short[format]}
              <span className="visually-hidden"> ({t.otherLanguageName})</span>
            </a>
          ))}
        </span>
      </p>
      <p className={styles.count}>
        {t.downloadCount}: <strong>{formatNumber(count, locale)}</strong>
      </p>
    </section>
  )
}
