/**
 * One edition of a document as a reference manager needs it, whatever the file it is written to. Plain data:
 * the formatters beside this file know nothing of collections, pages or languages of the site.
 */
export type Citation = {
  /** A key of ASCII letters, digits and hyphens, the same in every format: `hamafza-case-studies-12-v3`. */
  key: string
  /** A report (case study, lesson learned, best practice) or a standard curriculum, cited as a manual. */
  kind: 'report' | 'curriculum'
  /** The kind of document in words, in the citation's language: "Case study". */
  genre: string
  title: string
  /** The NGO that published it: an institution, never split into given and family names. */
  author: string
  /** The site that publishes the network's documents. */
  publisher: string
  /** When this edition was published, on the Gregorian calendar: `2024-05-17`. */
  issued: string
  /** A curriculum's edition ("2.0"). */
  edition?: string
  /** The published version a report is in ("3"). */
  version?: string
  /** A curriculum's code ("SOFT-01"). */
  number?: string
  /** The permanent link pinned to this edition. */
  url: string
  /** The language the title and abstract are written in. */
  language: 'fa' | 'en'
  abstract?: string
  keywords: string[]
  /** A remark for the reader of the reference, such as the year on the Jalali calendar. */
  note?: string
  /** The day the reference was taken: `2026-12-06`. */
  accessed?: string
}

/** `2024-05-17` as numbers. */
export const dateParts = (date: string): [number, number, number] => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) throw new Error(`Not a calendar date: ${date}`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/** Line breaks and runs of spaces as one space: every format here wants a field on one line. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()
