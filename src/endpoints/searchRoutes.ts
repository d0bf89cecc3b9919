import type { SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { searchResponse, suggestResponse } from './search'

export interface SearchRouteOptions {
  /** Payload's instance cache key, as Payload's own route handlers take it (tests run one per database). */
  payloadInstanceCacheKey?: string
  /** Start the jobs worker with the instance, as Payload's REST routes do; on by default. */
  cron?: boolean
}

/** The GET handlers of the search routes, for the Next route files and for tests. */
export const searchRoutes = (config: Promise<SanitizedConfig> | SanitizedConfig, options: SearchRouteOptions = {}) => {
  // The same instance Payload's REST routes use: started with its jobs worker, whichever route comes first.
  const payload = () => getPayload({ config, cron: options.cron ?? true, key: options.payloadInstanceCacheKey })
  return {
    search: async (request: Request) => searchResponse(await payload(), request),
    suggest: async (request: Request) => suggestResponse(await payload(), request),
  }
}
