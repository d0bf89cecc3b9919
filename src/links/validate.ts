import type { PayloadRequest, TextFieldSingleValidation } from 'payload'

import { urlRefusal } from '../i18n/linkMessages'
import { requestLanguage } from '../i18n/requestLanguage'
import { checkUrl, linkKinds, webKinds } from './safeUrl'

type Req = Pick<PayloadRequest, 'i18n'> | undefined

/** The refusal for a link in rich text, or null when the address is safe. */
export const linkRefusal = (url: unknown, req: Req): null | string => {
  const verdict = checkUrl(url, linkKinds)
  return verdict.ok ? null : urlRefusal('link', verdict.problem, requestLanguage(req), String(url ?? ''), verdict.scheme)
}

/** The address field of the editor's link form; a link to one of the network's documents has none. */
export const validateLinkAddress: TextFieldSingleValidation = (value, { req, siblingData }) =>
  (siblingData as { linkType?: string } | undefined)?.linkType === 'internal' ? true : (linkRefusal(value, req) ?? true)

/** A website field: empty, or a full http(s) address. */
export const validateWebsite: TextFieldSingleValidation = (value, { req }) => {
  if (value == null || value === '') return true
  const verdict = checkUrl(value, webKinds)
  return verdict.ok ? true : urlRefusal('website', verdict.problem, requestLanguage(req), String(value), verdict.scheme)
}

type LexicalNode = { type?: unknown; fields?: { url?: unknown; linkType?: unknown }; children?: unknown }

/** The first unsafe link (or auto-link) in a Lexical document, as its refusal; null when every link is safe. */
export const unsafeLinkIn = (state: unknown, req: Req): null | string => {
  const visit = (node: LexicalNode | undefined): null | string => {
    if (!node || typeof node !== 'object') return null
    if (node.type === 'link' || node.type === 'autolink') {
      const { url, linkType } = node.fields ?? {}
      // A link to a network document is rendered from the document, but a left-over address must still be harmless.
      const internal = linkType === 'internal'
      const verdict = internal && (url == null || url === '') ? null : checkUrl(url, linkKinds)
      if (verdict && !verdict.ok && (!internal || verdict.problem === 'scheme' || verdict.problem === 'hiddenCharacters')) {
        return urlRefusal('link', verdict.problem, requestLanguage(req), String(url ?? ''), verdict.scheme)
      }
    }
    if (!Array.isArray(node.children)) return null
    for (const child of node.children as LexicalNode[]) {
      const refusal = visit(child)
      if (refusal) return refusal
    }
    return null
  }
  return visit((state as { root?: LexicalNode } | null)?.root)
}
