import { answerItem } from '@/exchange/answer'
import { isExchangeRefusal } from '@/exchange/refusal'
import { formContext, redirect, refusal } from '@/site/noticeForms'
import { paths } from '@/site/paths'
import { exchangeText } from '@/site/text/exchange'

/** The answer form on an item's page posts here: the message goes to the item's NGO's editors. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params
  const context = await formContext(request, params, (locale) => paths.exchangeItem(locale, id))
  if (!context.ok) return context.response
  const { locale, payload, user } = context
  const form = await request.formData().catch(() => new FormData())
  try {
    await answerItem(payload, user, id, form.get('message'))
  } catch (error) {
    if (isExchangeRefusal(error)) return refusal(error.status, exchangeText.badRequest[locale].replace('{problem}', error.messages[locale]))
    throw error
  }
  return redirect(paths.exchangeItem(locale, id, { answered: '1' }))
}
