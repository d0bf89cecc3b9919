import { addDataAndFileToRequest, headersWithCors, type Endpoint, type PayloadRequest } from 'payload'

import type { KnowledgeCollection } from '../../collections/knowledgeCollections'
import { requestLanguage } from '../i18n/requestLanguage'
import { maxUploadBytes } from '../uploads/allowedFiles'
import { assertMayImport, importingOrganization, importWord, readWordFile } from './importWord'
import { isImportRefusal, refusal } from './refusal'

const answer = (req: PayloadRequest, status: number, body: unknown) =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })

type UploadedFile = { name: string; data?: Buffer; size?: number; tempFilePath?: string }

/** The file and the fields sent with it; a file over the limit is refused before its bytes are read. */
const readRequest = async (req: PayloadRequest) => {
  const declared = Number(req.headers.get('content-length') ?? 0)
  // Room for the form's other fields, as payload.config.ts gives uploads.
  if (declared > maxUploadBytes + 2 * 1024 * 1024) throw refusal(413, 'tooLargeUnknown')
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    if (/limit/i.test(error instanceof Error ? error.message : '')) throw refusal(413, 'tooLargeUnknown')
    throw error
  }
  const file = req.file as UploadedFile | undefined
  if (!file?.data?.length) throw refusal(400, 'noFile')
  const data = req.data ?? {}
  if (typeof data !== 'object' || Array.isArray(data)) throw refusal(400, 'badFields')
  const { organization, ...fields } = data as Record<string, unknown>
  return { file: { name: file.name, data: file.data }, organization, fields }
}

const failed = (req: PayloadRequest, error: unknown) => {
  if (isImportRefusal(error)) return answer(req, error.status, { errors: [{ name: 'ImportRefusal', reason: error.reason, message: error.messages[requestLanguage(req)] }] })
  throw error
}

/**
 * `POST /api/<collection>/import-word` (multipart: `file`, and `_payload` with `organization` and any field
 * values) makes a draft of the collection from a Word file in the editor's NGO; `?dryRun=1` answers with what
 * would be made (title, where each heading goes, the fields) and writes nothing.
 */
export const importWordEndpoint = (collection: KnowledgeCollection): Endpoint => ({
  path: '/import-word',
  method: 'post',
  handler: async (req) => {
    try {
      assertMayImport(req)
      const input = await readRequest(req)
      const owner = importingOrganization(req, input.organization)
      if (req.searchParams.get('dryRun') === '1' || req.searchParams.get('dryRun') === 'true') {
        const { mapped, images } = await readWordFile(req.payload, collection, input.file, requestLanguage(req))
        return answer(req, 200, { dryRun: true, organization: owner, title: mapped.title, placed: mapped.placed, images: images.length, data: mapped.data })
      }
      const draft = await importWord({ req, collection, file: input.file, organization: owner, fields: input.fields })
      return answer(req, 201, { doc: { id: draft.id, title: draft.title }, placed: draft.placed, media: draft.media, warnings: draft.warnings })
    } catch (error) {
      return failed(req, error)
    }
  },
})
