import { renewItem } from '@/exchange/renew'
import { isExchangeRefusal } from '@/exchange/refusal'
import { formContext, redirect, refusal } from '@/site/noticeForms'
import { paths } from '@/site/paths'
import { exchangeText } from '@/site/text/exchange'

/** The renew button on one's own item posts here: it stays open for another 90 days. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params
  const context = await formContext(request, params, (locale) => paths.exchangeItem(locale, id))
  if (!context.ok) return context.response
  const { locale, payload, user } = context
  try {
    await renewItem(payload, user, id)
  } catch (error) {
    if (isExchangeRefusal(error)) return refusal(error.status, exchangeText.badRequest[locale].replace('{problem}', error.messages[locale]))
    throw error
  }
  return redirect(paths.exchangeItem(locale, id, { renewed: '1' }))
}
