/**
 * What the hostile-input suite sends and how it judges the answers: every input must get a 4xx whose body
 * says what is wrong (never a bare status, never Payload's "An unknown error occurred."), and nothing
 * stored may change while they run.
 */

export type Who = 'visitor' | 'editor' | 'reviewer'

export type HostileInput = {
  /** What a tester would say they tried. */
  what: string
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  path: string
  as?: Who
  /** Sent as application/json (JSON.stringify'd). */
  json?: unknown
  /** Sent as it is, with `type` as its content type. */
  body?: string | FormData
  type?: string
  headers?: Record<string, string>
  /** The one right status, when there is one; otherwise any 4xx. */
  status?: number
  /** Something the answer must say. */
  says?: RegExp
}

export type Answer = { input: HostileInput; status: number; contentType: string; message: string; problem: string | null; ms: number }

/** Messages that say nothing: what a refusal looked like before its own message was kept. */
const saysNothing = new Set(['', 'An unknown error occurred.', 'Something went wrong.', 'Internal Server Error'])

type ErrorBody = { message?: unknown; errors?: { message?: unknown; data?: { errors?: { message?: unknown }[] } }[] }

/** The words of an answer: a JSON body's messages (with each field's), a text body, or a page's own text. */
export const messageOf = (contentType: string, body: string): string => {
  if (contentType.includes('json')) {
    try {
      const parsed = JSON.parse(body) as ErrorBody
      const messages = [
        parsed.message,
        ...(parsed.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((field) => field.message)]),
      ]
      return messages.filter((message): message is string => typeof message === 'string' && message !== '').join(' | ')
    } catch {
      return body.trim()
    }
  }
  if (contentType.includes('html')) {
    const visible = body
      .replace(/<head[\s\S]*?<\/head>/gi, ' ')
      .replace(/<(script|style|template)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    // Next sends its 404 page as an empty shell that the browser fills from the page's flight data.
    const rendered = [...body.matchAll(/\\"children\\":\\"((?:[^"\\]|\\\\.)+?)\\"/g)].map((match) => match[1]).join(' ')
    return visible || rendered
  }
  return body.trim()
}

/** What is wrong with an answer, or null when it is the 4xx-with-a-message the input deserves. */
export const judge = (input: HostileInput, status: number, message: string): string | null => {
  if (status >= 500) return `answered ${status}`
  if (input.status !== undefined && status !== input.status) return `answered ${status}, not ${input.status}`
  if (status < 400) return `was accepted (${status})`
  if (saysNothing.has(message) || message.split(' | ').every((part) => saysNothing.has(part))) return `answered ${status} without saying why`
  if (input.says && !input.says.test(message)) return `answered ${status} without saying ${input.says}: ${message}`
  return null
}

/** Sends one input as its sender would, and judges the answer. */
export const send = async (base: string, tokens: Record<Who, string | null>, input: HostileInput): Promise<Answer> => {
  const headers = new Headers(input.headers)
  const token = tokens[input.as ?? 'visitor']
  if (token) headers.set('Authorization', `JWT ${token}`)
  let body: string | FormData | undefined = input.body
  if (input.json !== undefined) {
    body = JSON.stringify(input.json)
    headers.set('Content-Type', 'application/json')
  } else if (input.type) headers.set('Content-Type', input.type)
  const started = performance.now()
  const response = await fetch(base + input.path, { method: input.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, redirect: 'manual' })
  const contentType = response.headers.get('content-type') ?? ''
  const message = messageOf(contentType, await response.text())
  return { input, status: response.status, contentType, message, problem: judge(input, response.status, message), ms: performance.now() - started }
}

/** Runs the inputs a few at a time, as several clients would send them. */
export const sendAll = async (base: string, tokens: Record<Who, string | null>, inputs: HostileInput[], parallel = 4): Promise<Answer[]> => {
  const answers: Answer[] = new Array(inputs.length)
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < inputs.length) {
        const index = next++
        answers[index] = await send(base, tokens, inputs[index]!)
      }
    }),
  )
  return answers
}

/** Every stored collection's count (and its versions'), read as the network admin, and the search's totals. */
export const storedCounts = async (base: string, adminToken: string, queries: string[]): Promise<Map<string, number>> => {
  const get = async <T,>(path: string): Promise<T> => {
    const response = await fetch(base + path, { headers: { Authorization: `JWT ${adminToken}` } })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
  const counts = new Map<string, number>()
  const { collections } = await get<{ collections: Record<string, { read?: unknown; readVersions?: unknown }> }>('/api/access')
  for (const [slug, permissions] of Object.entries(collections)) {
    // Payload's own migrations table has no REST routes; it changes only when the schema does.
    // Sign-in attempts are the log of the suite's own failed sign-ins, not something stored by them.
    if (!permissions.read || slug === 'payload-migrations' || slug === 'sign-in-attempts') continue
    counts.set(slug, (await get<{ totalDocs: number }>(`/api/${slug}?limit=1&depth=0&draft=true`)).totalDocs)
    if (permissions.readVersions) counts.set(`${slug} versions`, (await get<{ totalDocs: number }>(`/api/${slug}/versions?limit=1&depth=0`)).totalDocs)
  }
  for (const q of queries) counts.set(`search «${q}»`, (await get<{ total: number }>(`/api/search?limit=1&q=${encodeURIComponent(q)}`)).total)
  return counts
}

/** The stores whose count moved between two readings. */
export const changedStores = (before: Map<string, number>, after: Map<string, number>): string[] =>
  [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key)).map((key) => `${key}: ${before.get(key)} → ${after.get(key)}`)
