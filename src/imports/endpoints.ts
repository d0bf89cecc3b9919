import { addDataAndFileToRequest, headersWithCors, type Endpoint, type PayloadRequest } from 'payload'

import type { KnowledgeCollection } from '../../collections/knowledgeCollections'
import { requestLanguage } from '../i18n/requestLanguage'
import { maxUploadBytes } from '../uploads/allowedFiles'
import { assertMayImport, importingOrganization, importWord, readWordFile } from './importWord'
import { exportRecords, importRecords, readRecords } from './records'
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

/**
 * `POST /api/<collection>/import-records` (multipart: a `file` of CSV or JSON records, `_payload` with
 * `organization`): drafts in the editor's NGO, with a report per record; `?dryRun=1` checks and writes nothing.
 */
export const importRecordsEndpoint = (collection: KnowledgeCollection): Endpoint => ({
  path: '/import-records',
  method: 'post',
  handler: async (req) => {
    try {
      assertMayImport(req)
      const input = await readRequest(req)
      const owner = importingOrganization(req, input.organization)
      const records = readRecords(input.file.name, input.file.data)
      const dryRun = ['1', 'true'].includes(req.searchParams.get('dryRun') ?? '')
      const report = await importRecords({ req, collection, records, organization: owner, dryRun })
      return answer(req, dryRun ? 200 : 201, { dryRun, report })
    } catch (error) {
      return failed(req, error)
    }
  },
})

/** `GET /api/<collection>/export-records?format=csv|json`: what the caller may read, in the columns import takes. */
export const exportRecordsEndpoint = (collection: KnowledgeCollection): Endpoint => ({
  path: '/export-records',
  method: 'get',
  handler: async (req) => {
    try {
      const format = req.searchParams.get('format') === 'json' ? 'json' : 'csv'
      const { docs } = await req.payload.find({ collection, draft: true, depth: 1, pagination: false, overrideAccess: false, req })
      const nameOf = (_: unknown, value: unknown) => String((value as { name?: unknown })?.name ?? value ?? '')
      const body = exportRecords(collection, docs as unknown as Record<string, unknown>[], nameOf, format)
      const headers = headersWithCors({ headers: new Headers(), req })
      headers.set('Content-Type', format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8')
      headers.set('Content-Disposition', `attachment; filename="${collection}.${format}"`)
      return new Response(format === 'csv' ? `\uFEFF${body}` : body, { status: 200, headers })
    } catch (error) {
      return failed(req, error)
    }
  },
})
