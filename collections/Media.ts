import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { createMedia, manageMedia, readMedia } from '../src/access/media'
import { fileReadersFields } from '../src/fields/shared'
import { label } from '../src/i18n/labels'
import { allowedFiles, assertAllowedUpload } from '../src/uploads/allowedFiles'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('mediaItem'), plural: label('media') },
  admin: { useAsTitle: 'filename', group: label('groupKnowledge') },
  access: { read: readMedia, create: createMedia, update: manageMedia, delete: manageMedia },
  hooks: {
    beforeOperation: [
      async ({ args, operation, req }) => {
        if ((operation === 'create' || operation === 'update') && req.file) {
          req.file.mimetype = await assertAllowedUpload(req.file)
        }
        return args
      },
    ],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.join(root, 'media'),
    mimeTypes: [...new Set(Object.values(allowedFiles))],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', label: label('alt'), localized: true },
    { name: 'title', type: 'text', label: label('title'), localized: true },
    // A file is read by those who may read the documents that show it (src/readers/), not by a choice of its own.
    ...fileReadersFields,
  ],
}
