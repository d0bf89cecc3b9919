import { exportRoute } from '@/site/search/exportRoute'

/** An Atom 1.0 feed of any search: /fa/search/feed.atom?q=…&type=lessons, its newest records first. */
export const GET = exportRoute('atom')

export const dynamic = 'force-dynamic'
