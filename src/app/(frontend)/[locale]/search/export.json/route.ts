import { exportRoute } from '@/site/search/exportRoute'

/** The current search as JSON: /fa/search/export.json?q=…&outcome=failure (up to 10,000 rows, streamed). */
export const GET = exportRoute('json')

export const dynamic = 'force-dynamic'
