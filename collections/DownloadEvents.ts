import type { CollectionConfig } from 'payload'

import { hasRole, userOf } from '../src/access/roles'
import { label, option } from '../src/i18n/labels'

/**
 * One row per download of a curriculum edition, written by the download routes alone. Appending a row is
 * atomic however many readers download at once (a read-increment-write counter would lose some); the count
 * of an edition is a COUNT over its rows, on the (curriculum, edition) index.
 */
export const DownloadEvents: CollectionConfig = {
  slug: 'download-events',
  labels: { singular: label('downloadEvent'), plural: label('downloadEvents') },
  admin: {
    defaultColumns: ['curriculum', 'edition', 'format', 'locale', 'createdAt'],
    group: label('groupKnowledge'),
    description: label('downloadEventsHelp'),
  },
  access: {
    read: ({ req }) => hasRole(userOf({ req }), 'admin', 'reviewer', 'coordinator'),
    // Only the server counts (through the Local API); nobody creates, changes or removes a count through REST.
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['curriculum', 'edition'] }],
  fields: [
    // Not required: deleting a curriculum empties this link (ON DELETE SET NULL) rather than failing on its downloads.
    { name: 'curriculum', type: 'relationship', relationTo: 'curricula', index: true, label: label('curriculum') },
    { name: 'code', type: 'text', label: label('code') },
    { name: 'edition', type: 'text', required: true, label: label('edition') },
    // The version's id as text: a number on SQLite by default, a uuid or an ObjectID elsewhere.
    { name: 'version', type: 'text', label: label('downloadVersion'), admin: { description: label('downloadVersionHelp') } },
    {
      name: 'format',
      type: 'select',
      required: true,
      label: label('downloadFormat'),
      options: [option('pdf', 'downloadFormatPdf'), option('docx', 'downloadFormatDocx'), option('zip', 'downloadFormatZip')],
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      label: label('downloadLocale'),
      options: [option('fa', 'languageFa'), option('en', 'languageEn')],
    },
    // The signed-in reader, so that a retired edition's readers hear of the new one; empty for anonymous readers.
    { name: 'reader', type: 'relationship', relationTo: 'users', index: true, label: label('downloadReader') },
  ],
}
