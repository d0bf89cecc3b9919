import { readFile } from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import { APIError } from 'payload'

/** What the network shares: documents, slides, sheets and pictures. Extension → content type. */
export const allowedFiles = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
} as const

export const maxUploadBytes = 50 * 1024 * 1024

export type IncomingFile = { name: string; size?: number; data?: Buffer; tempFilePath?: string }

/**
 * Refuses a file unless its name and its bytes agree on one of the allowed types, and it fits the
 * size limit. Runs before anything is written, so a refused file leaves nothing on disk.
 */
export const assertAllowedUpload = async (file: IncomingFile): Promise<string> => {
  const size = file.size ?? file.data?.length ?? 0
  if (size > maxUploadBytes) {
    throw new APIError(`"${file.name}" is ${(size / 1048576).toFixed(1)} MB; the limit is 50 MB.`, 413, null, true)
  }
  const extension = file.name.toLowerCase().split('.').pop() ?? ''
  const expected = allowedFiles[extension as keyof typeof allowedFiles]
  const accepted = Object.keys(allowedFiles).join(', ')
  if (!file.name.includes('.') || !expected) {
    throw new APIError(`"${file.name}" is not an accepted kind of file; accepted: ${accepted}.`, 415, null, true)
  }
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)
  const detected = await fileTypeFromBuffer(bytes)
  if (!detected || detected.mime !== expected) {
    throw new APIError(
      `"${file.name}" does not contain what its name says (${extension}); accepted: ${accepted}.`,
      415,
      null,
      true,
    )
  }
  return detected.mime
}
