import { answerOai } from '@/site/oai/answer'
import { siteOrigin } from '@/site/documents/format'
import { sitePayload } from '@/site/payload'

/** Read on each request: what harvesters see changes with every publication. */
export const dynamic = 'force-dynamic'

/**
 * The OAI-PMH 2.0 base URL, for research aggregators: every published public knowledge document in
 * Dublin Core, by collection and by province, with withdrawn ones as deleted records (src/site/oai/).
 */
const handle = async (request: Request): Promise<Response> => {
  const [payload, origin] = await Promise.all([sitePayload(), siteOrigin()])
  return answerOai(request, { payload, origin })
}

export const GET = handle
export const POST = handle
