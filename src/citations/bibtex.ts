import { dateParts, oneLine, type Citation } from './citation'

const escapes: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

/**
 * Text as a braced BibTeX field holds it: TeX's special characters escaped in one pass (so the braces of
 * `\textbackslash{}` are not escaped again), Persian and every other letter left as UTF-8 for biber and XeLaTeX.
 */
export const bibtexText = (text: string): string => oneLine(text).replace(/[\\{}%&$#_~^]/g, (char) => escapes[char]!)

/** biblatex's language names (`langid`), which babel and polyglossia load. */
const languageNames = { fa: 'persian', en: 'english' } as const

/**
 * A BibTeX entry: @techreport for reports, @manual for curricula. The NGO is an institutional author in double
 * braces, so no style takes its last word for a family name; the URL is verbatim, as the url package reads it.
 */
export const toBibtex = (citation: Citation): string => {
  const [year, month] = dateParts(citation.issued)
  const report = citation.kind === 'report'
  const author = `{${bibtexText(citation.author)}}`
  const fields: [string, string | undefined][] = [
    ['title', bibtexText(citation.title)],
    ['author', author],
    report ? ['institution', author] : ['organization', author],
    report ? ['type', bibtexText(citation.genre)] : ['number', citation.number && bibtexText(citation.number)],
    ['edition', citation.edition && bibtexText(citation.edition)],
    ['version', citation.version && bibtexText(citation.version)],
    ['year', String(year)],
    ['month', String(month)],
    ['date', citation.issued],
    ['publisher', bibtexText(citation.publisher)],
    ['url', citation.url],
    ['urldate', citation.accessed],
    ['langid', languageNames[citation.language]],
    ['language', languageNames[citation.language]],
    ['abstract', citation.abstract && bibtexText(citation.abstract)],
    ['keywords', citation.keywords.length ? citation.keywords.map(bibtexText).join(', ') : undefined],
    ['note', citation.note && bibtexText(citation.note)],
  ]
  const lines = fields.filter((field): field is [string, string] => Boolean(field[1])).map(([name, value]) => `  ${name} = {${value}}`)
  return `@${report ? 'techreport' : 'manual'}{${citation.key},\n${lines.join(',\n')}\n}\n`
}
