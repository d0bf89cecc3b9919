import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlRoute } from '@/api/routes'

/** Payload's GraphQL API, with bodies read within limits and answers that hold only errors given their status (src/api/routes.ts). */
export const POST = graphqlRoute(config)

export const OPTIONS = REST_OPTIONS(config)
