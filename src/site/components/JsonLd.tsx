import { jsonLdText, type JsonLd } from '../documents/structuredData'
import { requestNonce } from '../nonce'

/** schema.org data of the page for search engines, in a data block carrying the request's nonce. */
export async function StructuredData({ data }: { data: JsonLd }) {
  const nonce = await requestNonce()
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
}
