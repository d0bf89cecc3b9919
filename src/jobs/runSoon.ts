import type { Payload } from 'payload'

/** Whether this process runs the jobs worker (off in tests and tools, which drain the queue themselves). */
const workerEnabled = () => process.env.HAMAFZA_JOBS !== 'off'

/** How long after the hook a queued job is first run: the save's transaction commits meanwhile. */
const runAfterMs = [60, 300]

/**
 * Runs a queued job soon after the save instead of at the worker's next tick, so a published record is
 * searchable, or a notice sent, a few hundred milliseconds after the save. The job was queued in the
 * save's transaction, so the run waits for the commit; a job not visible yet is tried once more, then
 * left to the worker. A run racing the worker does no harm: the tasks read the live records whenever
 * they run. Failures are the worker's to retry, never the editor's.
 */
export const runSoon = (payload: Payload, queue: string, id: number | string, attempt = 0) => {
  const delay = runAfterMs[attempt]
  if (delay === undefined || !workerEnabled()) return
  setTimeout(async () => {
    try {
      // Through run() with a filter, not runByID(), which would take up a job the worker has already
      // finished or is running.
      const result = await payload.jobs.run({ queue, where: { id: { equals: id } }, limit: 1, silent: true })
      if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) runSoon(payload, queue, id, attempt + 1)
    } catch (error) {
      payload.logger.warn({ err: error, msg: `${queue} job ${id} is left to the jobs worker` })
    }
  }, delay).unref()
}
