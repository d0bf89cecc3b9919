import { fileTypeFromBuffer } from 'file-type'
import type { Payload, PayloadRequest, RichTextField } from 'payload'
import sharp from 'sharp'

import type { KnowledgeCollection } from '../../collections/knowledgeCollections'
import { hasRole, organizationIDs, userOf } from '../access/roles'
import { requestLanguage } from '../i18n/requestLanguage'
import { allowedFiles, maxUploadBytes } from '../uploads/allowedFiles'
import { placeInFields, type MappedDocument } from './layout'
import { refusal } from './refusal'
import { eachNode, htmlToRichText, placeholderImages, resolveImages, type RichText } from './richText'
import { wordToHtml, type WordImage } from './wordDocument'

export type WordFile = { name: string; data: Buffer }

export type WordPreview = MappedDocument & { images: number; warnings: string[] }

const docxType = allowedFiles.docx
const pictureTypes = new Set(['image/png', 'image/jpeg', 'image/webp'])

/** Refuses what is not a Word file the network accepts, before anything is read or written. */
export const assertWordFile = async (file: WordFile) => {
  if (file.data.length > maxUploadBytes) throw refusal(413, 'tooLarge', file.name, file.data.length)
  const detected = await fileTypeFromBuffer(file.data)
  if (detected?.mime !== docxType) {
    // A ZIP that is not an Office file, or an Office file file-type could not place, may still be a damaged DOCX.
    if (detected?.ext === 'zip' || detected === undefined) return
    throw refusal(415, 'notWord', file.name, detected.ext.toUpperCase())
  }
}

const firstRichTextField = (payload: Payload, collection: KnowledgeCollection): RichTextField => {
  let found: RichTextField | undefined
  const visit = (fields: readonly unknown[]) => {
    for (const field of fields as { type?: string; fields?: unknown[]; tabs?: { fields: unknown[] }[] }[]) {
      if (found) return
      if (field.type === 'richText') found = field as RichTextField
      else if (field.tabs) field.tabs.forEach((tab) => visit(tab.fields))
      else if (field.fields) visit(field.fields)
    }
  }
  visit(payload.collections[collection].config.fields)
  if (!found) throw new Error(`${collection} has no rich-text field`)
  return found
}

/** Reads a Word file into the fields of a draft, without writing anything: the preview and the dry run. */
export const readWordFile = async (payload: Payload, collection: KnowledgeCollection, file: WordFile, language: 'fa' | 'en') => {
  await assertWordFile(file)
  let html: string
  let images: WordImage[]
  try {
    ;({ html, images } = await wordToHtml(file.data))
  } catch {
    throw refusal(400, 'unreadable', file.name)
  }
  const state = htmlToRichText(html, firstRichTextField(payload, collection))
  let hasText = false
  eachNode(state.root, (node) => {
    if ((typeof node.text === 'string' && node.text.trim()) || node.type === 'upload') hasText = true
  })
  if (!hasText) throw refusal(400, 'empty', file.name)
  const fallbackTitle = file.name.replace(/\.docx$/i, '')
  return { mapped: placeInFields(collection, state, fallbackTitle, language), images }
}

/** The NGO a draft goes to: the one asked for, which must be the editor's own; an editor of one NGO needs not say. */
/** Only NGO editors and network admins author, so only they import. */
export const assertMayImport = (req: Pick<PayloadRequest, 'user'>) => {
  const user = userOf({ req })
  if (!user) throw refusal(401, 'signInRequired')
  if (!hasRole(user, 'admin', 'editor')) throw refusal(403, 'mayNotImport')
  return user
}

export const importingOrganization = (req: Pick<PayloadRequest, 'user'>, asked: unknown): number | string => {
  const user = assertMayImport(req)
  const own = organizationIDs(user)
  const wanted = asked === undefined || asked === null || asked === '' ? undefined : asked
  if (hasRole(user, 'admin')) {
    if (wanted === undefined) {
      if (own.length === 1) return own[0]!
      throw refusal(400, 'organizationRequired')
    }
    return wanted as number | string
  }
  if (wanted === undefined) {
    if (own.length === 1) return own[0]!
    throw refusal(400, 'organizationRequired')
  }
  if (!own.some((id) => String(id) === String(wanted))) throw refusal(403, 'notYourOrganization')
  return own.find((id) => String(id) === String(wanted))!
}

/** An existing document of the NGO under the same title (in any state), which an import would duplicate. */
export const existingTitle = async (req: PayloadRequest, collection: KnowledgeCollection, organization: number | string, title: string) => {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ organization: { equals: organization } }, { title: { equals: title } }] },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** Pictures the media library does not take (GIF, TIFF…) are stored as PNG; one sharp cannot read is left out, and said. */
const storablePicture = async (image: WordImage): Promise<{ data: Buffer; mimetype: string; ext: string } | null> => {
  if (pictureTypes.has(image.contentType)) return { data: image.bytes, mimetype: image.contentType, ext: image.contentType.split('/')[1]!.replace('jpeg', 'jpg') }
  try {
    return { data: await sharp(image.bytes).png().toBuffer(), mimetype: 'image/png', ext: 'png' }
  } catch {
    return null
  }
}

export type ImportedDraft = { id: number | string; title: string; collection: KnowledgeCollection; placed: MappedDocument['placed']; media: (number | string)[]; warnings: string[] }

/**
 * A Word file as a new draft of `collection` in `organization`, made with the importing user's rights (so
 * tenancy and the review workflow apply as to any draft): its pictures and the original file become media of
 * the same NGO, the pictures placed where they stood. If any step fails, what was already stored is removed.
 */
export const importWord = async ({
  req,
  collection,
  file,
  organization,
  fields = {},
  overrideAccess = false,
}: {
  req: PayloadRequest
  collection: KnowledgeCollection
  file: WordFile
  organization: number | string
  fields?: Record<string, unknown>
  overrideAccess?: boolean
}): Promise<ImportedDraft> => {
  const { payload } = req
  const language = requestLanguage(req)
  const { mapped, images } = await readWordFile(payload, collection, file, language)
  const title = typeof fields.title === 'string' && fields.title.trim() ? fields.title.trim() : mapped.title
  if (await existingTitle(req, collection, organization, title)) throw refusal(409, 'duplicateTitle', title)

  const created: (number | string)[] = []
  const warnings: string[] = []
  const storeMedia = async (data: Buffer, name: string, mimetype: string, alt: string) => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt, title: name, organization, visibility: 'public' } as never,
      file: { data, mimetype, name, size: data.length },
      req,
      overrideAccess,
    })
    created.push(doc.id)
    return doc.id
  }
  try {
    const wanted = new Set<number>()
    const visitState = (value: unknown) => {
      if (value && typeof value === 'object' && 'root' in value) placeholderImages(value as RichText).forEach((i) => wanted.add(i))
      else if (Array.isArray(value)) value.forEach(visitState)
      else if (value && typeof value === 'object') Object.values(value).forEach(visitState)
    }
    visitState(mapped.data)
    const ids = new Map<number, number | string>()
    const stem = file.name.replace(/\.docx$/i, '')
    for (const image of images.filter((i) => wanted.has(i.index))) {
      const picture = await storablePicture(image)
      if (!picture) {
        warnings.push(`image ${image.index + 1} (${image.contentType}) could not be read and was left out`)
        continue
      }
      ids.set(image.index, await storeMedia(picture.data, `${stem}-${image.index + 1}.${picture.ext}`, picture.mimetype, image.alt))
    }
    const resolve = (value: unknown): void => {
      if (value && typeof value === 'object' && 'root' in value) resolveImages(value as RichText, ids)
      else if (Array.isArray(value)) value.forEach(resolve)
      else if (value && typeof value === 'object') Object.values(value).forEach(resolve)
    }
    resolve(mapped.data)
    dropUnresolvedImages(mapped.data)
    const source = await storeMedia(file.data, file.name, docxType, title)
    const doc = await payload.create({
      collection,
      data: { ...mapped.data, ...fields, title, organization, sourceDocument: source, workflowState: 'draft', _status: 'draft' } as never,
      draft: true,
      req,
      overrideAccess,
    })
    return { id: doc.id, title, collection, placed: mapped.placed, media: created, warnings }
  } catch (error) {
    for (const id of created.reverse()) {
      await payload.delete({ collection: 'media', id, overrideAccess: true, req }).catch(() => undefined)
    }
    throw error
  }
}

/** Upload nodes whose picture could not be stored would point nowhere: they are removed. */
const dropUnresolvedImages = (value: unknown): void => {
  if (!value || typeof value !== 'object') return
  if (Array.isArray(value)) return value.forEach(dropUnresolvedImages)
  if ('root' in value) {
    eachNode((value as RichText).root, (node) => {
      if (node.children) node.children = node.children.filter((child) => !(child.type === 'upload' && typeof child.value === 'string' && child.value.startsWith('image:')))
    })
    return
  }
  Object.values(value).forEach(dropUnresolvedImages)
}

export type { WordImage }
