import { isSubscriptionRequestError, changeFrequency, subscribe, unsubscribe } from '@/subscriptions/manage'
import { formContext, redirect, refusal } from '@/site/noticeForms'
import { paths } from '@/site/paths'
import { noticesText } from '@/site/text/notices'

/**
 * The notices page's and the search page's subscription forms post here (no script needed, so the site's
 * CSP holds): `action` is `create` (with `query`, `label`, `frequency`), `update` (`id`, `frequency`) or `delete` (`id`).
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const context = await formContext(request, params)
  if (!context.ok) return context.response
  const { locale, payload, user } = context
  const form = await request.formData().catch(() => new FormData())
  const action = form.get('action')
  const text = (name: string) => String(form.get(name) ?? '')
  try {
    if (action === 'create') {
      await subscribe(payload, user, { query: text('query'), label: text('label'), frequency: form.get('frequency'), locale })
      return redirect(paths.notices(locale, 'added'))
    }
    if (action === 'update') {
      await changeFrequency(payload, user, text('id'), form.get('frequency'))
      return redirect(paths.notices(locale, 'saved'))
    }
    if (action === 'delete') {
      await unsubscribe(payload, user, text('id'))
      return redirect(paths.notices(locale, 'removed'))
    }
    return refusal(400, noticesText.badRequest[locale].replace('{problem}', 'action must be one of: create, update, delete'))
  } catch (error) {
    if (isSubscriptionRequestError(error)) return refusal(400, noticesText.badRequest[locale].replace('{problem}', error.message))
    const status = (error as { status?: number }).status
    // Another member's subscription is not found for this one: the same answer as one that does not exist.
    if (status === 403 || status === 404) return refusal(404, noticesText.unsubscribeInvalid[locale])
    throw error
  }
}
