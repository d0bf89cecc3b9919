import { handleDownload } from '@/downloads/handler'
import { readerAccess, sitePayload } from '@/site/payload'

type Context = { params: Promise<{ locale: string; id: string; format: string }> }

export const dynamic = 'force-dynamic'

const answer = async (request: Request, { params }: Context, head: boolean) => {
  const [{ locale, id, format }, payload, access] = await Promise.all([params, sitePayload(), readerAccess()])
  return handleDownload({ payload, access, locale, id, format, url: new URL(request.url), headers: request.headers, head })
}

/** `/{locale}/curricula/{id}/download/{pdf|docx|zip}[?version=]`: a curriculum edition as a file, counted. */
export const GET = (request: Request, context: Context) => answer(request, context, false)

/** The same headers (type, name, size), without the file and without counting a download. */
export const HEAD = (request: Request, context: Context) => answer(request, context, true)
