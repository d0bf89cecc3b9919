import config from '@payload-config'
import { handleEndpoints } from 'payload'

/** Calls Payload's REST API in-process, exactly as the Next route handler does, on this file's database. */
export const rest = async (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { body, token, form, headers: extra }: { body?: unknown; token?: string; form?: FormData; headers?: Record<string, string> } = {},
  // Tests read response bodies loosely; the status code is what they assert first.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; json: any }> => {
  const headers = new Headers(extra)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const response = await handleEndpoints({
    config,
    path: new URL(request.url).pathname,
    request,
    payloadInstanceCacheKey: process.env.DATABASE_URL,
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}
