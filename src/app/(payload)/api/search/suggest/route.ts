import config from '@payload-config'

import { searchRoutes } from '@/endpoints/searchRoutes'

/** GET /api/search/suggest, ahead of Payload's catch-all (see src/endpoints/search.ts). */
export const GET = searchRoutes(config).suggest
export const dynamic = 'force-dynamic'
