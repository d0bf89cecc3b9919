import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Access, AccessArgs, CollectionSlug, Field, Plugin } from 'payload'

import { readContent, readContentVersions } from '../access/content'
import { readOffersAndNeeds } from '../access/exchange'
import { readLessonApplications } from '../access/lessonApplications'
import { readMedia } from '../access/media'
import { hasRole, userOf, worksAcrossOrganizations, type NetworkUser } from '../access/roles'
import { label, labels } from '../i18n/labels'

type Options = { collections: CollectionSlug[] }

/**
 * Member NGOs are the tenants, through the official multi-tenant plugin. It confines what an
 * editor creates, changes and deletes to their own organizations; reading is the network's
 * rule instead, since published knowledge is shared across all members.
 */
export const tenancy =
  ({ collections }: Options): Plugin =>
  async (incoming) => {
    const config = await multiTenantPlugin(tenantOptions(collections))(incoming)
    return { ...config, collections: config.collections?.map((c) => ({ ...c, fields: unfilterShared(c.fields) })) }
  }

/**
 * The plugin limits every relationship to the editor's own NGO; lift that where sharing is the point, keeping
 * the field's own choice of what it may name (`sharedFilter`) where it has one.
 */
const unfilterShared = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'relationship' && field.custom?.sharedAcrossOrganizations) return { ...field, filterOptions: field.custom.sharedFilter }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: unfilterShared(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: unfilterShared(field.fields) } as Field
    return field
  })

/** Tenant-owned records read by a rule of their own; the others are knowledge, read as knowledge is. */
const ownReaders: Partial<Record<string, Access>> = {
  media: readMedia,
  'lesson-applications': readLessonApplications,
  'offers-and-needs': readOffersAndNeeds,
}
const readerOf = (slug: string): Access => ownReaders[slug] ?? readContent(slug)

const tenantOptions = (collections: CollectionSlug[]) => ({
    tenantsSlug: 'organizations',
    tenantField: { name: 'organization', label: label('organization') },
    tenantsArrayField: {
      arrayFieldName: 'organizations',
      arrayTenantFieldName: 'organization',
      arrayFieldAccess: {
        create: ({ req }) => hasRole(userOf({ req }), 'admin'),
        update: ({ req }) => hasRole(userOf({ req }), 'admin'),
      },
    },
    i18n: {
      translations: Object.fromEntries(
        (['fa', 'en'] as const).map((lang) => [
          lang,
          {
            'nav-tenantSelector-label': labels.tenantSelector[lang],
            'assign-tenant-button-label': labels.assignTenant[lang],
            'assign-tenant-modal-title': labels.assignTenantTitle[lang],
            'field-assignedTenant-label': labels.assignedTenant[lang],
          },
        ]),
      ),
    },
    useTenantsCollectionAccess: false,
    useTenantsListFilter: false,
    userHasAccessToAllTenants: (user) => worksAcrossOrganizations(user as unknown as NetworkUser),
    collections: Object.fromEntries(
      collections.map((slug) => [
        slug,
        {
          accessResultOverride: ({ accessKey, accessResult, ...args }: { accessKey: string; accessResult: unknown } & AccessArgs) => {
            if (accessKey === 'read') return readerOf(slug)(args)
            if (accessKey === 'readVersions' && !ownReaders[slug]) return readContentVersions(slug)(args)
            return accessResult as never
          },
        },
      ]),
    ),
  }) satisfies Parameters<typeof multiTenantPlugin>[0]
