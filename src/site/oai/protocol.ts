import type { oaiText } from '../text/oai'

/** OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html): its verbs, arguments and errors. */
export const verbs = ['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord'] as const
export type Verb = (typeof verbs)[number]

export type OaiErrorCode =
  | 'badVerb'
  | 'badArgument'
  | 'badResumptionToken'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'

/** An error of the protocol: its code, and the message (a key of the text table) with what fills it in. */
export type OaiError = { code: OaiErrorCode; message: keyof typeof oaiText; name?: string; value?: string }

export const oaiError = (code: OaiErrorCode, message: keyof typeof oaiText, fill: { name?: string; value?: string } = {}): OaiError => ({
  code,
  message,
  ...fill,
})

/** The one metadata format every item is disseminated in: unqualified Dublin Core. */
export const oaiDc = {
  prefix: 'oai_dc',
  schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
} as const

type Shape = { required: string[]; optional: string[]; exclusive?: string }

const shapes: Record<Verb, Shape> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
}

/** A `from` or `until` bound as given: the instant it names and whether it named a day or a second. */
export type DateBound = { at: Date; granularity: 'day' | 'second' }

export type OaiRequest = {
  verb: Verb
  /** The arguments besides the verb, each given once. */
  args: Record<string, string>
  from?: DateBound
  until?: DateBound
}

// The patterns of the protocol's schema: metadataPrefixType and setSpecType.
const prefixPattern = /^[A-Za-z0-9\-_.!~*'()]+$/
const setSpecPattern = /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/
const secondPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/

/** A UTC datestamp in one of the two granularities the repository supports, or null; 2026-02-30 is no date. */
export const parseDatestamp = (text: string): DateBound | null => {
  const day = dayPattern.exec(text)
  const second = day ? null : secondPattern.exec(text)
  const parts = (day ?? second)?.slice(1).map(Number)
  if (!parts) return null
  const [year, month, date, hour = 0, minute = 0, sec = 0] = parts as [number, number, number, number?, number?, number?]
  const at = new Date(Date.UTC(year, month - 1, date, hour, minute, sec))
  const roundTrip = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds()]
  if (roundTrip.some((value, index) => value !== [year, month, date, hour, minute, sec][index])) return null
  return { at, granularity: day ? 'day' : 'second' }
}

/** The repository's datestamps: UTC to the second. */
export const datestamp = (value: Date | string): string => new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The first instant after a bound: the next day for a day, the next second for a second. */
export const endOf = (bound: DateBound): Date => new Date(bound.at.getTime() + (bound.granularity === 'day' ? 86_400_000 : 1000))

// Whitespace and control characters make no identifier (the schema's anyURI), and would make the echo invalid.
const identifierPattern = /^[^\s\u0000-\u001F\u007F]{1,1000}$/

/**
 * Reads a request's arguments (from the query, or from a POST's form body) as the protocol allows them:
 * badVerb for a missing, repeated or unknown verb; badArgument for an argument repeated, not taken by the verb,
 * missing, malformed, or beside a resumption token; cannotDisseminateFormat for a format other than oai_dc.
 */
export const readRequest = (params: URLSearchParams): { request: OaiRequest } | { error: OaiError; verb?: Verb; args?: Record<string, string> } => {
  const given = params.getAll('verb')
  if (given.length === 0 || given[0] === '') return { error: oaiError('badVerb', 'badVerbMissing') }
  if (given.length > 1) return { error: oaiError('badVerb', 'badVerbRepeated') }
  const verb = given[0] as Verb
  if (!verbs.includes(verb)) return { error: oaiError('badVerb', 'badVerbUnknown', { value: given[0] }) }

  const shape = shapes[verb]
  const args: Record<string, string> = {}
  for (const [name, value] of params) {
    if (name === 'verb') continue
    if (name in args) return { error: oaiError('badArgument', 'repeatedArgument', { name }) }
    if (![...shape.required, ...shape.optional, shape.exclusive].includes(name)) {
      return { error: oaiError('badArgument', 'illegalArgument', { name, value: verb }) }
    }
    args[name] = value
  }
  if (shape.exclusive && shape.exclusive in args) {
    if (Object.keys(args).length > 1) return { error: oaiError('badArgument', 'exclusiveToken') }
    return { request: { verb, args } }
  }
  const missing = shape.required.find((name) => !args[name])
  if (missing) return { error: oaiError('badArgument', 'missingArgument', { name: missing, value: verb }) }

  const request: OaiRequest = { verb, args }
  for (const name of ['from', 'until'] as const) {
    if (!(name in args)) continue
    const bound = parseDatestamp(args[name]!)
    if (!bound) return { error: oaiError('badArgument', 'badDate', { name, value: args[name] }) }
    request[name] = bound
  }
  if (request.from && request.until) {
    if (request.from.granularity !== request.until.granularity) return { error: oaiError('badArgument', 'mixedGranularity') }
    if (request.from.at > request.until.at) return { error: oaiError('badArgument', 'fromAfterUntil') }
  }
  if ('set' in args && !setSpecPattern.test(args.set!)) return { error: oaiError('badArgument', 'badSet', { value: args.set }) }
  if ('identifier' in args && !identifierPattern.test(args.identifier!)) {
    return { error: oaiError('badArgument', 'badIdentifier', { value: args.identifier }) }
  }
  if ('metadataPrefix' in args) {
    if (!prefixPattern.test(args.metadataPrefix!)) return { error: oaiError('badArgument', 'badPrefix', { value: args.metadataPrefix }) }
    if (args.metadataPrefix !== oaiDc.prefix) {
      return { error: oaiError('cannotDisseminateFormat', 'cannotDisseminateFormat', { value: args.metadataPrefix }), verb, args }
    }
  }
  return { request }
}
