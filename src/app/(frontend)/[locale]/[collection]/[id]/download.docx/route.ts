import { handleRecordDownload } from '@/downloads/recordHandler'
import { readerAccess, sitePayload } from '@/site/payload'

type Context = { params: Promise<{ locale: string; collection: string; id: string }> }

export const dynamic = 'force-dynamic'

const answer = async (request: Request, { params }: Context, head: boolean) => {
  const [{ locale, collection, id }, payload, access] = await Promise.all([params, sitePayload(), readerAccess()])
  return handleRecordDownload({ payload, access, locale, collection, id, url: new URL(request.url), headers: request.headers, head })
}

/** `/{locale}/{case-studies|lessons|best-practices}/{id}/download.docx[?edition=]`: one published edition as a Word file. */
export const GET = (request: Request, context: Context) => answer(request, context, false)

/** The same headers (type, name, size), without the file. */
export const HEAD = (request: Request, context: Context) => answer(request, context, true)
