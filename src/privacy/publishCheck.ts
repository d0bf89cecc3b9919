import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { privacyRefusals } from '../i18n/privacyMessages'
import { requestLanguage } from '../i18n/requestLanguage'
import { labelText } from './documentText'
import { scanDocument } from './scan'

const RESTORING = 'hamafzaPrivacyRestoring'

/** Restoring a version publishes the version's text, which the change hooks are not told of: remember which. */
export const rememberRestoredVersion: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion') {
    const { id, draft } = args as { id?: number | string; draft?: boolean }
    req.context[RESTORING] = draft ? undefined : id
  }
  return args
}

/**
 * A publication rule, not a malformed value: a 400 whose message says everything (field, locale, match), with
 * the per-field entries for the admin to mark each field. Known by a stable name: the production build holds
 * several copies of Payload's error classes, and an anonymous copy's name is empty.
 */
const privacyRefusal = (message: string, data: { collection: string; errors: { path: string; label?: string; message: string }[] }) =>
  Object.assign(new APIError(message, 400, data, true), { name: 'BeneficiaryPrivacyRefusal' })

/** At most this many identifiers are listed in one refusal; the rest follow once these are dealt with. */
const listedPerField = 10

/**
 * Nothing about a beneficiary goes public by accident: publishing, by anyone and through any path (REST,
 * GraphQL, the Local API, the admin, a scheduled publish, a restored version, a bulk update), needs the
 * consent confirmation, and no text in any locale may hold a national ID, a mobile number or a personal
 * e-mail address that an approver has not checked and accepted (see acceptances.ts).
 */
export const guardBeneficiaryPrivacy =
  ({ consentField }: { consentField?: string } = {}): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, operation, req }) => {
    const versionId = operation === 'update' ? (req.context[RESTORING] as number | string | undefined) : undefined
    delete req.context[RESTORING]
    if ((data._status ?? originalDoc?._status) !== 'published') return data
    const language = requestLanguage(req)
    const errors: { path: string; label?: string; message: string }[] = []

    if (consentField && !(data[consentField] ?? originalDoc?.[consentField])) {
      const field = collection.flattenedFields.find((f) => 'name' in f && f.name === consentField)
      errors.push({ path: consentField, label: labelText(field?.label, consentField, language), message: privacyRefusals.consentRequired[language]() })
    }

    const id = operation === 'create' ? undefined : originalDoc?.id
    const findings = await scanDocument({ req, collection, id, data, versionId })
    for (const finding of findings) {
      const open = finding.matches.filter((match) => !match.accepted)
      if (open.length === 0) continue
      const label = labelText(finding.label, finding.path, language)
      const listed = open.slice(0, listedPerField).map((match) => privacyRefusals.foundItem[language](match.text, match.kind))
      const message = privacyRefusals.identifiersFound[language](label, finding.locale, listed)
      // One entry per field, as the admin shows one message under each field: both languages in it.
      const same = errors.find((error) => error.path === finding.path)
      if (same) same.message = `${same.message}\n${message}`
      else errors.push({ path: finding.path, label, message })
    }
    if (errors.length > 0) throw privacyRefusal(errors.map((error) => error.message).join('\n'), { collection: collection.slug, errors })
    return data
  }
