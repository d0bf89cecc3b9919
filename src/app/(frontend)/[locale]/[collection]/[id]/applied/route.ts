import { parseId } from '@/api/ids'
import { codeOf } from '@/errors'
import { recordApplication, type ApplicationProblem, type ApplicationRequestError } from '@/lessons/recordApplication'
import { formContext, redirect, refusal } from '@/site/noticeForms'
import { paths } from '@/site/paths'
import { documents } from '@/site/text/documents'

type Params = Promise<{ locale: string; collection: string; id: string }>

const problemWords: Record<ApplicationProblem, keyof typeof documents> = {
  notEditor: 'appliedNotEditor',
  notOwnOrganization: 'appliedNotOwnOrganization',
  noLesson: 'appliedNoLesson',
  date: 'appliedNeedsDate',
  result: 'appliedNeedsResult',
  text: 'appliedNeedsText',
}

/**
 * A lesson page's "we applied this lesson" form posts here (no script needed, so the site's CSP holds): an NGO
 * editor records that their NGO applied the lesson, with `organization`, `appliedOn`, `result` and `whatHappened`.
 * A visitor is sent to sign in and back to the lesson.
 */
export async function POST(request: Request, { params }: { params: Params }) {
  const { collection, id } = await params
  const context = await formContext(request, params, (locale) => paths.document(locale, 'lessons', id))
  if (!context.ok) return context.response
  const { locale, payload, user } = context
  const lesson = collection === 'lessons' ? parseId(payload, 'lessons', id) : null
  if (lesson === null) return refusal(404, documents.appliedNoLesson[locale])
  const form = await request.formData().catch(() => new FormData())
  const text = (name: string) => String(form.get(name) ?? '')
  try {
    await recordApplication(payload, user, lesson, { organization: text('organization'), appliedOn: text('appliedOn'), result: text('result'), whatHappened: text('whatHappened') }, locale)
    return redirect(`${paths.document(locale, 'lessons', lesson)}#doc-applied`)
  } catch (error) {
    if (codeOf(error) === 'APPLICATION_REQUEST') {
      const { problem, status } = error as ApplicationRequestError
      const words = documents[problemWords[problem]][locale]
      return refusal(status, status === 400 ? documents.appliedBadRequest[locale].replace('{problem}', words) : words)
    }
    const status = (error as { status?: number }).status
    if (status === 400 || status === 403) return refusal(status, documents.appliedBadRequest[locale].replace('{problem}', (error as Error).message))
    throw error
  }
}
