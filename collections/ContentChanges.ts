import type { CollectionConfig } from 'payload'

import { changeLogSlug } from '../src/contentChanges/log'
import { label } from '../src/i18n/labels'

/**
 * The change log that keeps every server process's caches true when several share one database: a row per
 * change readers can see, with the tags it touched (src/contentChanges/). Written and read by the server
 * alone, kept ten minutes.
 */
export const ContentChanges: CollectionConfig = {
  slug: changeLogSlug,
  labels: { singular: label('contentChange'), plural: label('contentChanges') },
  admin: { hidden: true },
  graphQL: false,
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [{ name: 'tags', type: 'json', required: true, label: label('contentChangeTags') }],
}
