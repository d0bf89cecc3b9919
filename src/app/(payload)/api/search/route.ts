import config from '@payload-config'

import { searchRoutes } from '@/endpoints/searchRoutes'

/** GET /api/search, ahead of Payload's catch-all (see src/endpoints/search.ts). */
export const GET = searchRoutes(config).search
export const dynamic = 'force-dynamic'
