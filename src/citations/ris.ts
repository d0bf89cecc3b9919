import { dateParts, oneLine, type Citation } from './citation'

/** RIS dates: `2024/05/17/`. */
const risDate = (date: string) => {
  const [year, month, day] = dateParts(date)
  return `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/`
}

/**
 * An RIS record (TY RPRT for reports, BOOK for curricula), one `TAG  - value` a line with CRLF endings as the
 * format asks. The NGO is one AU line with no comma, which reference managers read as an institution.
 */
export const toRis = (citation: Citation): string => {
  const tags: [string, string | undefined][] = [
    ['TY', citation.kind === 'report' ? 'RPRT' : 'BOOK'],
    ['ID', citation.key],
    ['TI', citation.title],
    ['AU', citation.author],
    ['PY', String(dateParts(citation.issued)[0])],
    ['DA', risDate(citation.issued)],
    ['ET', citation.edition ?? citation.version],
    ['M1', citation.number],
    ['M3', citation.genre],
    ['PB', citation.publisher],
    ['UR', citation.url],
    ['Y2', citation.accessed && risDate(citation.accessed)],
    ['LA', citation.language],
    ['AB', citation.abstract],
    ...citation.keywords.map((keyword): [string, string] => ['KW', keyword]),
    ['N1', citation.note],
  ]
  const lines = tags
    .map(([tag, value]): [string, string] => [tag, value == null ? '' : oneLine(value)])
    .filter(([, value]) => value !== '')
    .map(([tag, value]) => `${tag}  - ${value}`)
  return `${[...lines, 'ER  - '].join('\r\n')}\r\n`
}
