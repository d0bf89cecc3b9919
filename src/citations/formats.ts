import { toBibtex } from './bibtex'
import type { Citation } from './citation'
import { toCslJson } from './csl'
import { toRis } from './ris'

/** The files a citation can be downloaded as, by their extension. */
export const citationFormats = ['bib', 'ris', 'json'] as const
export type CitationFormat = (typeof citationFormats)[number]

export const isCitationFormat = (value: unknown): value is CitationFormat =>
  typeof value === 'string' && (citationFormats as readonly string[]).includes(value)

/** Each format's media type (UTF-8 said outright: Persian must survive the trip) and its writer. */
export const citationFiles: Record<CitationFormat, { contentType: string; write: (citation: Citation) => string }> = {
  bib: { contentType: 'application/x-bibtex; charset=utf-8', write: toBibtex },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', write: toRis },
  json: { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: toCslJson },
}
