import { fileKinds, fileSizeUnits } from '../i18n/curriculum'
import type { Locale } from '../i18n/locales'

const kindByType: Record<string, { kind: keyof typeof fileKinds; extension?: string }> = {
  'application/pdf': { kind: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { kind: 'word', extension: 'DOCX' },
  'application/msword': { kind: 'word', extension: 'DOC' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { kind: 'powerpoint', extension: 'PPTX' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { kind: 'excel', extension: 'XLSX' },
  'application/vnd.oasis.opendocument.text': { kind: 'openDocument', extension: 'ODT' },
  'image/jpeg': { kind: 'image', extension: 'JPEG' },
  'image/png': { kind: 'image', extension: 'PNG' },
  'image/webp': { kind: 'image', extension: 'WebP' },
  'application/zip': { kind: 'zip' },
}

/** A file's kind as people call it: "PDF", "Word (DOCX)", "تصویر (PNG)"; an unknown type by its file name's ending. */
export const fileKind = (mimeType: string | null | undefined, filename: string | null | undefined, locale: Locale): string => {
  const known = mimeType ? kindByType[mimeType] : undefined
  if (known) return known.extension ? `${fileKinds[known.kind][locale]} (${known.extension})` : fileKinds[known.kind][locale]
  const extension = filename?.includes('.') ? filename.split('.').pop()!.toUpperCase() : ''
  return extension ? `${fileKinds.file[locale]} ${extension}` : fileKinds.file[locale]
}

const number = (value: number, locale: Locale, fractionDigits = 0) =>
  new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-GB', { maximumFractionDigits: fractionDigits }).format(value)

/** "۱۲ کیلوبایت", "1.4 MB": a size in the reader's digits and units. */
export const fileSize = (bytes: number | null | undefined, locale: Locale): string => {
  if (bytes == null || !Number.isFinite(bytes)) return ''
  if (bytes < 1024) return `${number(bytes, locale)} ${fileSizeUnits.bytes[locale]}`
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), locale)} ${fileSizeUnits.kilobytes[locale]}`
  return `${number(bytes / 1024 / 1024, locale, 1)} ${fileSizeUnits.megabytes[locale]}`
}
