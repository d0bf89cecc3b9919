import { citationRoute } from '@/site/citations/response'

/** The citation of one published edition as CSL-JSON: /fa/case-studies/12/cite.json?edition=40 */
export const GET = citationRoute('json')

export const dynamic = 'force-dynamic'
