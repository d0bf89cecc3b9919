import { exportRoute } from '@/site/search/exportRoute'

/** The current search as CSV: /fa/search/export.csv?q=…&outcome=failure (up to 10,000 rows, streamed). */
export const GET = exportRoute('csv')

export const dynamic = 'force-dynamic'
