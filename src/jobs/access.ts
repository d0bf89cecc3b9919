import { APIError, type PayloadRequest } from 'payload'

import { requestProblem } from '../i18n/requestProblems'

/**
 * Only the server queues, runs and cancels jobs: the search sync its hooks queue, the worker's cron, the
 * scripts. A job runs outside the access rules (a scheduled publish as the system, unless it names a
 * user), so no request of a person, whatever their role, may queue one, run the queue
 * (`/api/payload-jobs/run`, `/handle-schedules`) or cancel one. Payload asks these only when access is
 * checked; the server's own calls skip them. A refusal, not `false`, so that the answer is a 403 that says
 * why rather than Payload's "unauthorized" to someone signed in.
 */
const refuseJobs = ({ req }: { req: PayloadRequest }): never => {
  throw new APIError(requestProblem(req, 'jobsServerOnly'), 403, null, true)
}

export const serverOnlyJobs = { queue: refuseJobs, run: refuseJobs, cancel: refuseJobs }
