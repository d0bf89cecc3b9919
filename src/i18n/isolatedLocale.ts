import { isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * The request to pass to a Local API call that names its own locale (`locale: 'all'`, say) inside an
 * operation: Payload sets `req.locale` and `req.fallbackLocale` to the call's, which would switch the
 * locale of everything the operation does after it. An import that read its taxonomies in every locale
 * then created its drafts in "all" locales, and stored none of their text.
 */
export const isolatedLocale = <T extends PayloadRequest | undefined>(req: T): T =>
  (req ? isolateObjectProperty(req, ['locale', 'fallbackLocale']) : req) as T
