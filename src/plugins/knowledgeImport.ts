import type { CollectionSlug, Field, Plugin } from 'payload'

import type { KnowledgeCollection } from '../../collections/knowledgeCollections'
import { label } from '../i18n/labels'
import { exportRecordsEndpoint, importRecordsEndpoint, importWordEndpoint } from '../imports/endpoints'

const sourceDocumentField: Field = {
  name: 'sourceDocument',
  type: 'upload',
  relationTo: 'media',
  label: label('sourceDocument'),
  admin: { position: 'sidebar', readOnly: true, description: label('sourceDocumentHelp') },
}

/**
 * Bringing existing knowledge in: each knowledge collection takes Word files as drafts
 * (`POST /api/<collection>/import-word`) and sheets of records (`import-records`, `export-records`, the
 * same columns both ways), and remembers the Word file a draft was made from.
 */
export const knowledgeImport =
  ({ collections }: { collections: KnowledgeCollection[] }): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (!collections.includes(collection.slug as KnowledgeCollection)) return collection
      const slug = collection.slug as KnowledgeCollection & CollectionSlug
      return {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            // Word files and sheets of records into drafts, with a preview, from the list itself.
            beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), '/src/components/admin/ImportPanel#ImportPanel'],
          },
        },
        fields: [...collection.fields, sourceDocumentField],
        endpoints: [...(collection.endpoints || []), importWordEndpoint(slug), importRecordsEndpoint(slug), exportRecordsEndpoint(slug)],
      }
    }),
  })
