import { citationRoute } from '@/site/citations/response'

/** The citation of one published edition as RIS: /fa/case-studies/12/cite.ris?edition=40 */
export const GET = citationRoute('ris')

export const dynamic = 'force-dynamic'
