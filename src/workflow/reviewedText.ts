import type { PayloadRequest } from 'payload'

/** What a save may carry without changing the text under review: the workflow's own fields and bookkeeping. */
const notText = new Set(['id', 'workflowState', 'transitionComment', '_status', 'updatedAt', 'createdAt', 'updatedBy', 'createdBy', 'reviewHistory'])

/** One spelling for equal values: keys in order, relations by id, nothing and null alike. */
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

/** Whether a save changes anything of the document but its review state: what a reviewer would have to see again. */
export const changesReviewedText = (data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined): boolean =>
  Object.keys(data).some(
    (key) => !notText.has(key) && JSON.stringify(canonical(data[key])) !== JSON.stringify(canonical(originalDoc?.[key])),
  )

/**
 * A scheduled publication was approved for the text as it was: once the document leaves review, it is dropped,
 * so the queue can never put a later, unreviewed text live. Pending schedulePublish jobs are few; they are read
 * and matched here rather than through a query on the jobs' input.
 */
export const dropScheduledPublications = async (req: PayloadRequest, collection: string, id: number | string) => {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const input = (job: (typeof docs)[number]) => job.input as { type?: string; doc?: { relationTo?: string; value?: unknown } } | null
  const publications = docs.filter((job) => {
    const doc = input(job)?.doc
    return (input(job)?.type ?? 'publish') === 'publish' && doc?.relationTo === collection && String(doc.value) === String(id)
  })
  for (const job of publications) await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
}
