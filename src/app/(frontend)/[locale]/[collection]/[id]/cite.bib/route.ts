import { citationRoute } from '@/site/citations/response'

/** The citation of one published edition as BibTeX: /fa/case-studies/12/cite.bib?edition=40 */
export const GET = citationRoute('bib')

export const dynamic = 'force-dynamic'
