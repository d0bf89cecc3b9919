import { codeOf, CodedError } from '../errors'

/**
 * One class per kind of failure, so callers can act on the kind rather than parse messages:
 * a query error is the caller's fault (HTTP 400), the others are the engine's (503 or a retry).
 * Callers tell them apart with the guards below, by code (see src/errors.ts), not with instanceof.
 */
export type SearchErrorCode = 'query_invalid' | 'document_invalid' | 'engine_unavailable' | 'task_failed'

const searchErrorCodes: readonly string[] = ['query_invalid', 'document_invalid', 'engine_unavailable', 'task_failed'] satisfies SearchErrorCode[]

export abstract class SearchError extends CodedError {
  abstract override readonly code: SearchErrorCode
}

/** The search request is malformed: too long, control characters, unknown facet, bad page or limit. */
export class SearchQueryError extends SearchError {
  override name = 'SearchQueryError'
  readonly code = 'query_invalid' as const

  constructor(
    message: string,
    /** The request field at fault, for a form or an API message. */
    readonly field?: string,
  ) {
    super(message)
  }
}

/** A document handed to `upsert` cannot be indexed as it stands (missing id, bad visibility…). */
export class SearchDocumentError extends SearchError {
  override name = 'SearchDocumentError'
  readonly code = 'document_invalid' as const

  constructor(
    message: string,
    readonly documentId?: string,
  ) {
    super(message)
  }
}

/** The engine cannot be reached or opened: network down, wrong key, unreadable database file. */
export class SearchUnavailableError extends SearchError {
  override name = 'SearchUnavailableError'
  readonly code = 'engine_unavailable' as const

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** A write or settings change was accepted but did not complete: failed, cancelled or timed out. */
export class SearchTaskFailedError extends SearchError {
  override name = 'SearchTaskFailedError'
  readonly code = 'task_failed' as const

  constructor(
    message: string,
    readonly taskId?: number | string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

export const isSearchError = (error: unknown): error is SearchError => searchErrorCodes.includes(codeOf(error) ?? '')

/** The caller's mistake: answered with 400 and the message, which names the field at fault. */
export const isSearchQueryError = (error: unknown): error is SearchQueryError => codeOf(error) === 'query_invalid'
