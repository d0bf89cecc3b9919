import { downloadCount } from '../../downloads/events'
import { downloadCache, sizeKey } from '../../downloads/cache'
import { contentTypes, currentRevision, downloadFilename, versionRevision, type DownloadFormat } from '../../downloads/sheet'
import { localDigits } from '../../downloads/words'
import { formatNumber } from '../../i18n/dates'
import type { Curriculum } from '../../payload-types'
import { otherLocale, type Locale } from '../locale'
import { paths } from '../paths'
import { sitePayload } from '../payload'
import { pick } from '../text'
import { downloads } from '../text/downloads'
import styles from './CurriculumDownloads.module.css'

type Props = { locale: Locale; curriculum: Curriculum; versionId?: string }

const formats: DownloadFormat[] = ['pdf', 'docx', 'zip']

const sizeText = (bytes: number, locale: Locale, t: { bytes: string; kilobytes: string; megabytes: string }) => {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} ${t.bytes}`
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), locale)} ${t.kilobytes}`
  return `${new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} ${t.megabytes}`
}

/**
 * The download links of one curriculum edition, for the side panel of its page: PDF, DOCX and the ZIP
 * bundle in the page's language (and the same three in the other language), with the edition, each file's
 * size once it has been made, and how many times this edition has been downloaded.
 */
export async function CurriculumDownloads({ locale, curriculum, versionId }: Props) {
  const t = pick(downloads, locale)
  const payload = await sitePayload()
  const count = await downloadCount(payload, curriculum.id, curriculum.edition)
  const version = versionId && /^\d{1,12}$/.test(versionId) ? versionId : null
  const revision = version ? versionRevision(version) : currentRevision(curriculum)
  const attachmentCount =
    new Set([curriculum.trainerGuide, curriculum.learnerWorkbook, ...(curriculum.attachments ?? [])].filter((file) => file != null).map((file) => (typeof file === 'object' ? file!.id : file))).size
  const headingId = `curriculum-downloads-${curriculum.id}`
  const other = otherLocale(locale)
  const sheet = { code: curriculum.code, edition: curriculum.edition, versionId: version == null ? null : Number(version) }

  const label = { pdf: t.formatPdf, docx: t.formatDocx, zip: t.formatZip }
  const details = (format: DownloadFormat) => {
    const parts = [locale === 'fa' ? t.languageFa : t.languageEn, `${t.edition} ${localDigits(curriculum.edition, locale)}`]
    if (format === 'zip') {
      parts.push(attachmentCount === 0 ? t.noAttachments : `${t.attachmentCount}: ${formatNumber(attachmentCount, locale)}`)
    } else {
      const bytes = downloadCache.size(sizeKey(curriculum.id, revision, locale, format))
      if (bytes != null) parts.push(sizeText(bytes, locale, t))
    }
    return parts.join(locale === 'fa' ? '، ' : ', ')
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
            <a
              className={styles.link}
              href={paths.curriculumDownload(locale, curriculum.id, format, version)}
              type={contentTypes[format]}
              download={downloadFilename({ ...sheet, locale }, format)}
            >
              <span className={styles.format}>{label[format]}</span>
              <span className={styles.details}>{details(format)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className={styles.other}>
        <span>{t.otherLanguage} </span>
        {formats.map((format, index) => (
          <span key={format}>
            {index > 0 ? ' · ' : ''}
            <a
              className={styles.otherLink}
              href={paths.curriculumDownload(other, curriculum.id, format, version)}
              hrefLang={other}
              type={contentTypes[format]}
              download={downloadFilename({ ...sheet, locale: other }, format)}
            >
              {format.toUpperCase()}
              <span className="visually-hidden"> ({t.otherLanguageName})</span>
            </a>
          </span>
        ))}
      </p>
      <p className={styles.count}>
        {t.downloadCount}: <strong>{formatNumber(count, locale)}</strong>
      </p>
    </section>
  )
}
