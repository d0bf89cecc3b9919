import { isSubscriptionRequestError, saveSettings } from '@/subscriptions/manage'
import { formContext, redirect, refusal } from '@/site/noticeForms'
import { paths } from '@/site/paths'
import { noticesText } from '@/site/text/notices'

/** The notice settings form posts here: the language of e-mails and each kind of notice on or off. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const context = await formContext(request, params)
  if (!context.ok) return context.response
  const { locale, payload, user } = context
  try {
    await saveSettings(payload, user, await request.formData().catch(() => new FormData()))
  } catch (error) {
    if (isSubscriptionRequestError(error)) return refusal(400, noticesText.badRequest[locale].replace('{problem}', error.message))
    throw error
  }
  return redirect(paths.notices(locale, 'saved'))
}
