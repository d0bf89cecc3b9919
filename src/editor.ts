import { EXPERIMENTAL_TableFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { FieldAffectingData } from 'payload'

import { unsafeLinkIn, validateLinkAddress } from './links/validate'

/**
 * Headings, lists, links, quotes, uploads and alignment come by default; tables are added. The link form's
 * address follows the network's one URL rule (src/links/safeUrl.ts), so the admin refuses `javascript:`
 * where it is typed.
 */
const lexical = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({
      fields: ({ defaultFields }) =>
        defaultFields.map((field) => (field.name === 'url' ? ({ ...field, validate: validateLinkAddress } as FieldAffectingData) : field)),
    }),
    EXPERIMENTAL_TableFeature(),
  ],
})

/**
 * The same rule for the whole document: links and auto-links arriving through the API, drafts included, are
 * refused with the rule's own message, before Lexical's checks (whose message names only the node).
 */
export const editor: typeof lexical = async (args) => {
  const adapter = await lexical(args)
  return {
    ...adapter,
    validate: async (value, options) => unsafeLinkIn(value, options.req) ?? adapter.validate(value, options),
  }
}
