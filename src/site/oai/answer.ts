import type { Payload } from 'payload'

import { parseId, type DocId } from '../../api/ids'
import { mailFrom } from '../../notifications/address'
import { fill } from '../documents/format'
import type { Locale } from '../locale'
import { oaiText } from '../text/oai'
import { dublinCore, readRecords } from './dublinCore'
import { datestamp, endOf, oaiDc, oaiError, readRequest, type OaiError, type OaiRequest, type Verb } from './protocol'
import {
  countItems,
  earliestChange,
  findItem,
  isKnowledgeCollection,
  knowledgeCollections,
  listItems,
  openRepository,
  type Item,
  type KnowledgeCollection,
  type Repository,
  type Scope,
} from './repository'
import { listSets, scopeOfSet, setSpecsOf, type OaiSet } from './sets'
import { readToken, writeToken, type HarvestState } from './tokens'
import { element, textElement, type Attributes } from './xml'

/** Records in one answer of ListRecords or ListIdentifiers; the rest follow through a resumption token. */
export const oaiPageSize = 100

export type OaiContext = {
  payload: Payload
  /** The site's origin, for the base URL, the identifiers' namespace and the permanent links. */
  origin: string
  pageSize?: number
}

type Answer = { attrs: Attributes | null; body: string }

type Asked = OaiContext & { repository: Repository }

const oaiNamespace = 'http://www.openarchives.org/OAI/2.0/'
const xsi = 'http://www.w3.org/2001/XMLSchema-instance'

/** English unless the harvester's operator asked for Persian first. */
const messageLanguage = (request: Request): Locale => (/^\s*fa\b/i.test(request.headers.get('accept-language') ?? '') ? 'fa' : 'en')

/** oai:<host>:<collection>/<id>, the host being the site's (the namespace of its identifiers). */
const identifierOf = (origin: string, collection: KnowledgeCollection, id: DocId) => `oai:${new URL(origin).hostname}:${collection}/${id}`

const parseIdentifier = (payload: Payload, origin: string, identifier: string): { collection: KnowledgeCollection; id: DocId } | null => {
  const prefix = `oai:${new URL(origin).hostname}:`
  if (!identifier.startsWith(prefix)) return null
  const [collection, text, ...rest] = identifier.slice(prefix.length).split('/')
  if (!collection || text === undefined || rest.length > 0 || !isKnowledgeCollection(collection)) return null
  const id = parseId(payload, collection, text)
  return id === null ? null : { collection, id }
}

const errorBody = (error: OaiError, lang: Locale) =>
  element('error', { code: error.code }, fill(oaiText[error.message][lang], { name: error.name ?? '', value: error.value ?? '' }))

const header = (context: OaiContext, item: Item, sets: OaiSet[], deleted: boolean) =>
  element(
    'header',
    { status: deleted ? 'deleted' : undefined },
    textElement('identifier', identifierOf(context.origin, item.collection, item.id)),
    textElement('datestamp', datestamp(item.updatedAt)),
    ...setSpecsOf(item.collection, item.provinces, sets).map((spec) => textElement('setSpec', spec)),
  )

const oaiDcElement = (...statements: string[]) =>
  element(
    'oai_dc:dc',
    {
      'xmlns:oai_dc': oaiDc.namespace,
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xsi:schemaLocation': `${oaiDc.namespace} ${oaiDc.schema}`,
    },
    ...statements,
  )

/** Each item as a record: its header, and its Dublin Core unless deleted (or gone since it was listed). */
const records = async (context: OaiContext, items: Item[], sets: OaiSet[]): Promise<string[]> => {
  const live = new Map<string, Awaited<ReturnType<typeof readRecords>>>()
  for (const collection of new Set(items.filter((item) => !item.deleted).map((item) => item.collection))) {
    const ids = items.filter((item) => item.collection === collection && !item.deleted).map((item) => item.id)
    live.set(collection, await readRecords(context.payload, collection, ids))
  }
  return items.map((item) => {
    const found = item.deleted ? undefined : live.get(item.collection)?.get(String(item.id))
    if (!found) return element('record', {}, header(context, item, sets, true))
    const statements = dublinCore(item.collection, found.doc, found.firstPublished, context.origin).map(({ element: name, value, lang }) =>
      textElement(`dc:${name}`, value, { 'xml:lang': lang }),
    )
    return element('record', {}, header(context, item, sets, false), element('metadata', {}, oaiDcElement(...statements)))
  })
}

const identify = async (context: Asked, now: Date): Promise<string> => {
  const earliest = await earliestChange(context.repository)
  return element(
    'Identify',
    {},
    textElement('repositoryName', `${oaiText.repositoryName.fa} / ${oaiText.repositoryName.en}`),
    textElement('baseURL', `${context.origin}/oai`),
    textElement('protocolVersion', '2.0'),
    textElement('adminEmail', process.env.OAI_ADMIN_EMAIL?.trim() || mailFrom().address),
    textElement('earliestDatestamp', datestamp(earliest ?? now)),
    // Withdrawn records are reported for as long as their documents exist; one deleted outright is not.
    textElement('deletedRecord', 'transient'),
    textElement('granularity', 'YYYY-MM-DDThh:mm:ssZ'),
  )
}

const metadataFormats = () =>
  element(
    'ListMetadataFormats',
    {},
    element(
      'metadataFormat',
      {},
      textElement('metadataPrefix', oaiDc.prefix),
      textElement('schema', oaiDc.schema),
      textElement('metadataNamespace', oaiDc.namespace),
    ),
  )

const setList = (sets: OaiSet[]) =>
  element(
    'ListSets',
    {},
    ...sets.map((set) =>
      element(
        'set',
        {},
        textElement('setSpec', set.spec),
        textElement('setName', `${set.names.fa} / ${set.names.en}`),
        element('setDescription', {}, oaiDcElement(...(['fa', 'en'] as const).map((lang) => textElement('dc:title', set.names[lang], { 'xml:lang': lang })))),
      ),
    ),
  )

type Harvest = { state: HarvestState | null; scope: Scope } | { error: OaiError }

/** The harvest a list request asks for: a new one from its arguments, or the one its token resumes. */
const harvestOf = (context: OaiContext, request: OaiRequest, sets: OaiSet[], now: Date): Harvest => {
  const token = request.args.resumptionToken
  let state: HarvestState | null = null
  let args: { set?: string; from?: string; upTo: string }
  if (token !== undefined) {
    state = readToken(token, context.payload.secret)
    if (!state || state.verb !== request.verb) return { error: oaiError('badResumptionToken', 'badResumptionToken') }
    args = state
  } else {
    const until = request.until ? new Date(endOf(request.until).getTime() - 1) : now
    args = { set: request.args.set, from: request.from?.at.toISOString(), upTo: (until < now ? until : now).toISOString() }
  }
  const narrowed = scopeOfSet(args.set, sets)
  if (!narrowed) return { error: oaiError('noRecordsMatch', 'noRecordsMatch') }
  return { state, scope: { ...narrowed, from: args.from, upTo: args.upTo } }
}

const list = async (context: Asked, request: OaiRequest, verb: 'ListIdentifiers' | 'ListRecords', now: Date): Promise<string | OaiError> => {
  const sets = await listSets(context.payload)
  const harvest = harvestOf(context, request, sets, now)
  if ('error' in harvest) return harvest.error
  const { state, scope } = harvest
  const size = context.pageSize ?? oaiPageSize
  const [{ items, more }, total] = await Promise.all([
    listItems(context.repository, scope, state?.after ?? null, size),
    state ? Promise.resolve(state.total) : countItems(context.repository, scope),
  ])
  if (items.length === 0) return oaiError('noRecordsMatch', 'noRecordsMatch')

  const cursor = state?.cursor ?? 0
  // Records published since the harvest began are not in it, but a withdrawal may add one that was counted out.
  const completeListSize = Math.max(total, cursor + items.length + (more ? 1 : 0))
  let resumption: string[] = []
  if (more) {
    const last = items.at(-1)!
    const next: HarvestState = {
      verb,
      ...(scope.from ? { from: scope.from } : {}),
      ...((state?.set ?? request.args.set) !== undefined ? { set: state?.set ?? request.args.set } : {}),
      upTo: scope.upTo,
      after: { t: last.updatedAt, c: knowledgeCollections.indexOf(last.collection), i: last.id },
      cursor: cursor + items.length,
      total: completeListSize,
    }
    resumption = [textElement('resumptionToken', writeToken(next, context.payload.secret), { completeListSize, cursor })]
  } else if (state) {
    // The last answer of a harvest that was split: an empty token says the list is complete.
    resumption = [element('resumptionToken', { completeListSize, cursor })]
  }
  const entries = verb === 'ListRecords' ? await records(context, items, sets) : items.map((item) => header(context, item, sets, item.deleted))
  return element(verb, {}, ...entries, ...resumption)
}

const getRecord = async (context: Asked, request: OaiRequest): Promise<string | OaiError> => {
  const identifier = request.args.identifier!
  const named = parseIdentifier(context.payload, context.origin, identifier)
  const item = named ? await findItem(context.repository, named.collection, named.id) : null
  if (!item) return oaiError('idDoesNotExist', 'idDoesNotExist', { value: identifier })
  const sets = await listSets(context.payload)
  return element('GetRecord', {}, ...(await records(context, [item], sets)))
}

const listMetadataFormats = async (context: Asked, request: OaiRequest): Promise<string | OaiError> => {
  const identifier = request.args.identifier
  if (identifier !== undefined) {
    const named = parseIdentifier(context.payload, context.origin, identifier)
    if (!named || !(await findItem(context.repository, named.collection, named.id))) return oaiError('idDoesNotExist', 'idDoesNotExist', { value: identifier })
  }
  return metadataFormats()
}

const answerVerb = async (context: Asked, request: OaiRequest, now: Date): Promise<string | OaiError> => {
  const verb: Verb = request.verb
  switch (verb) {
    case 'Identify':
      return identify(context, now)
    case 'ListMetadataFormats':
      return listMetadataFormats(context, request)
    case 'ListSets':
      if (request.args.resumptionToken !== undefined) return oaiError('badResumptionToken', 'noSetsToResume')
      return setList(await listSets(context.payload))
    case 'ListIdentifiers':
    case 'ListRecords':
      return list(context, request, verb, now)
    case 'GetRecord':
      return getRecord(context, request)
  }
}

/** The arguments of a GET (its query) or a POST (its form body), or why they cannot be read. */
const argumentsOf = async (request: Request): Promise<URLSearchParams | OaiError> => {
  if (request.method !== 'POST') return new URL(request.url).searchParams
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return oaiError('badArgument', 'badPostType')
  return new URLSearchParams(await request.text())
}

const isError = (value: unknown): value is OaiError => typeof value === 'object' && value !== null && 'code' in value

/**
 * Answers one OAI-PMH request, GET or POST. Every answer is a 200 in text/xml, valid against the protocol's
 * schema; an error is the protocol's own error element, as the protocol asks, not an HTTP status.
 */
export const answerOai = async (httpRequest: Request, context: OaiContext): Promise<Response> => {
  const now = new Date()
  const lang = messageLanguage(httpRequest)
  let answer: Answer
  const params = await argumentsOf(httpRequest)
  const read = isError(params) ? { error: params } : readRequest(params)
  if ('error' in read) {
    const echoed = 'verb' in read && read.verb ? { verb: read.verb, ...read.args } : null
    answer = { attrs: echoed, body: errorBody(read.error, lang) }
  } else {
    const { request } = read
    const result = await answerVerb({ ...context, repository: openRepository(context.payload) }, request, now)
    answer = { attrs: { verb: request.verb, ...request.args }, body: isError(result) ? errorBody(result, lang) : result }
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    element(
      'OAI-PMH',
      { xmlns: oaiNamespace, 'xmlns:xsi': xsi, 'xsi:schemaLocation': `${oaiNamespace} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd` },
      textElement('responseDate', datestamp(now)),
      textElement('request', `${context.origin}/oai`, answer.attrs ?? {}),
      answer.body,
    )
  return new Response(xml, { status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': 'no-store' } })
}
