import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type Task,
} from 'meilisearch'

import { SearchError, SearchQueryError, SearchTaskFailedError, SearchUnavailableError } from '../errors'

/** Meilisearch's failures as the port's: the caller learns what kind of thing went wrong, not which client. */

export const translateFailure = (error: unknown, doing: string): SearchError => {
  if (error instanceof SearchError) return error
  if (error instanceof MeilisearchTaskTimeOutError)
    return new SearchTaskFailedError(`${doing}: Meilisearch did not finish in time`, error.cause.taskUid, { cause: error })
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code ?? ''
    // Requests are checked before they are sent, so this is a filter or sort the index does not allow yet.
    if (code.startsWith('invalid_search')) return new SearchQueryError(`${doing}: ${error.message}`)
    return new SearchUnavailableError(`${doing}: ${error.message}`, { cause: error })
  }
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError)
    return new SearchUnavailableError(`${doing}: Meilisearch cannot be reached`, { cause: error })
  return new SearchUnavailableError(`${doing}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
}

/** A finished task that did not succeed becomes an error; `tolerated` lists error codes that mean "already so". */
export const requireSuccess = (task: Task, doing: string, tolerated: string[] = []): Task => {
  if (task.status === 'succeeded') return task
  if (task.error && tolerated.includes(task.error.code)) return task
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status
  throw new SearchTaskFailedError(`${doing}: task ${task.uid} ${task.status} (${reason})`, task.uid)
}
