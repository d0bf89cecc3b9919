import { APIError, type CollectionBeforeDeleteHook, type CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../access/roles'
import { requestProblem } from '../i18n/requestProblems'

/**
 * A lesson is applied once it is published, by any NGO, whoever wrote it: the entry is the applying NGO's
 * own record, so the lesson does not go through review again.
 */
export const assertPublishedLesson: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const lesson = data?.lesson ?? originalDoc?.lesson
  if (lesson == null || lesson === '') return data
  const changed = originalDoc?.lesson == null || String(idOf(lesson)) !== String(idOf(originalDoc.lesson))
  if (!changed) return data
  const found = await req.payload.findByID({
    collection: 'lessons',
    id: idOf(lesson),
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { _status: true },
  })
  if (!found || found._status !== 'published') {
    throw new APIError(requestProblem(req, 'lessonNotPublished', { value: idOf(lesson) }), 400, null, true)
  }
  return data
}

/**
 * A lesson deleted outright takes its applied-by entries with it, in the same transaction: they record the practice
 * of a lesson that is gone, and would otherwise stay behind naming nothing (the database sets the link to null).
 */
export const deleteApplicationsOfLesson: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'lesson-applications', where: { lesson: { equals: id } }, overrideAccess: true, req })
}
