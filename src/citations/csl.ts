import { dateParts, oneLine, type Citation } from './citation'

/** One item of CSL-JSON, the data citeproc and Zotero read; only the variables this site fills. */
export type CslItem = {
  id: string
  type: 'report' | 'book'
  title: string
  author: { literal: string }[]
  issued: { 'date-parts': [[number, number, number]] }
  publisher: string
  URL: string
  language: string
  genre: string
  edition?: string
  version?: string
  number?: string
  abstract?: string
  keyword?: string
  note?: string
  accessed?: { 'date-parts': [[number, number, number]] }
}

export const toCslItem = (citation: Citation): CslItem => {
  const item: CslItem = {
    id: citation.key,
    type: citation.kind === 'report' ? 'report' : 'book',
    title: oneLine(citation.title),
    // `literal`: an institution's name, never parsed into given and family names.
    author: [{ literal: oneLine(citation.author) }],
    issued: { 'date-parts': [dateParts(citation.issued)] },
    publisher: oneLine(citation.publisher),
    URL: citation.url,
    language: citation.language,
    genre: citation.genre,
  }
  if (citation.edition) item.edition = citation.edition
  if (citation.version) item.version = citation.version
  if (citation.number) item.number = citation.number
  if (citation.abstract) item.abstract = oneLine(citation.abstract)
  if (citation.keywords.length) item.keyword = citation.keywords.map(oneLine).join(', ')
  if (citation.note) item.note = oneLine(citation.note)
  if (citation.accessed) item.accessed = { 'date-parts': [dateParts(citation.accessed)] }
  return item
}

/** A CSL-JSON file: an array of items, here the one edition. */
export const toCslJson = (citation: Citation): string => `${JSON.stringify([toCslItem(citation)], null, 2)}\n`
