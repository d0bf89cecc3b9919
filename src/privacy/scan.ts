import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { idOf } from '../access/roles'
import { isolatedLocale } from '../i18n/isolatedLocale'
import { acceptancesOf, type Acceptance } from './acceptances'
import { documentTexts, type TextPlace } from './documentText'
import { findIdentifiers, identifierKey, organizationMailDomains, type IdentifierMatch } from './identifiers'

export type FoundIdentifier = IdentifierMatch & { accepted: Acceptance | null }
/** A field, in one locale, and the identifiers found in its text. */
export type Finding = TextPlace & { matches: FoundIdentifier[] }

type Id = number | string

type ScanInput = {
  req: PayloadRequest
  collection: SanitizedCollectionConfig
  /** The document's id; none while it is being created. */
  id?: Id
  /** What the request writes, in the request's locale; none to scan the document as stored. */
  data?: Record<string, unknown>
  /** Restoring a version: the version's text replaces the document's. */
  versionId?: Id
}

/**
 * The stored document (its latest version, draft or not) in each locale without fallback, so that an
 * English field left empty is not read as its Persian. Reads run on a copy of the request's locale: the
 * Local API would otherwise switch the locale of the operation that called the hook.
 */
const storedByLocale = async ({ req, collection, id, versionId }: ScanInput, locales: readonly string[]) => {
  const stored: Record<string, Record<string, unknown>> = {}
  if (id == null && versionId == null) return stored
  const isolated = isolatedLocale(req)
  const slug = collection.slug as CollectionSlug
  for (const locale of locales) {
    const options = { collection: slug as 'case-studies', locale: locale as 'fa', fallbackLocale: false as const, depth: 0, overrideAccess: true, req: isolated }
    const doc =
      versionId != null
        ? (await req.payload.findVersionByID({ ...options, id: versionId as string, disableErrors: true }))?.version
        : await req.payload.findByID({ ...options, id: id!, draft: true, disableErrors: true })
    if (doc) stored[locale] = doc as unknown as Record<string, unknown>
  }
  return stored
}

const organizationDomains = async (req: PayloadRequest, organization: unknown) => {
  if (organization == null) return []
  const org = await req.payload.findByID({
    collection: 'organizations',
    id: idOf(organization as never),
    depth: 0,
    overrideAccess: true,
    req: isolatedLocale(req),
    disableErrors: true,
  })
  return organizationMailDomains(org)
}

/** Every identifier in the document's text, field by field and locale by locale, each with its acceptance if any. */
export const scanDocument = async (input: ScanInput): Promise<Finding[]> => {
  const { req, collection, id, data } = input
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : [req.locale ?? 'fa']
  const requestLocale = req.locale && locales.includes(req.locale) ? req.locale : locales[0]!
  const stored = await storedByLocale(input, locales)
  const organization = data && Object.hasOwn(data, 'organization') ? data.organization : stored[requestLocale]?.organization
  const context = { organizationDomains: await organizationDomains(req, organization) }
  const accepted = id != null ? await acceptancesOf(req, collection.slug as CollectionSlug, id) : new Map<string, Acceptance>()
  return documentTexts(collection.flattenedFields, stored, data, requestLocale, locales)
    .map((place) => ({
      ...place,
      matches: findIdentifiers(place.text, context).map((match) => ({ ...match, accepted: accepted.get(identifierKey(match)) ?? null })),
    }))
    .filter((finding) => finding.matches.length > 0)
}
