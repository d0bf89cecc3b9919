import type { Config, Plugin } from 'payload'

import { answerRefusalsWithTheirMessage } from '../api/errorResponses'
import { checkOperation } from '../api/operationChecks'

/**
 * Bad requests are the client's mistakes, answered with a 4xx and a message in every transport: every
 * collection checks an operation's id, query and data before anything else runs (src/api/operationChecks.ts),
 * and every refusal reaches the client with its own message and status (src/api/errorResponses.ts).
 */
export const requestChecks =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [checkOperation, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerRefusalsWithTheirMessage] },
  })
