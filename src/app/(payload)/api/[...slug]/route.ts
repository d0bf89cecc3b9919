import config from '@payload-config'
import '@payloadcms/next/css'

import { restRoutes } from '@/api/routes'

/** Payload's REST API, with JSON bodies read within limits first (src/api/routes.ts). */
export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)
