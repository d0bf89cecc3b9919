import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { answerOai } from '../src/site/oai/answer'
import { buildCast, lexical, sampleData, type Cast } from './support/fixtures'
import { oaiSchemaErrors } from './support/oaiSchema'
import { startPayload } from './support/payload'

const origin = 'http://hamafza.test'
const oaiNs = 'http://www.openarchives.org/OAI/2.0/'
const dcNs = 'http://purl.org/dc/elements/1.1/'
const pageSize = 3

let payload: Payload
let cast: Cast
const ids: Record<string, number | string> = {}
const { DOMParser } = new JSDOM('').window

type Knowledge = 'case-studies' | 'lessons' | 'best-practices' | 'curricula'

/** Every answer of a test, validated against the schemas when the test ends (one start of the validator per test). */
const answers: { fileName: string; contents: string }[] = []

afterEach(async () => {
  const checked = answers.splice(0)
  expect(await oaiSchemaErrors(checked), checked.map((answer) => `${answer.fileName}:\n${answer.contents}`).join('\n\n')).toEqual([])
})

/** Asks the repository as a harvester would, checks the answer is the protocol's (200, text/xml), and reads it. */
const harvest = async (query: string, init: RequestInit = {}, url = `${origin}/oai?${query}`) => {
  const response = await answerOai(new Request(url, init), { payload, origin, pageSize })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8')
  const xml = await response.text()
  answers.push({ fileName: `answer-${answers.length + 1}.xml`, contents: xml })
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const all = (name: string, within: Document | Element = doc, ns = oaiNs) => [...within.getElementsByTagNameNS(ns, name)]
  const text = (name: string, within: Document | Element = doc, ns = oaiNs) => all(name, within, ns).map((node) => node.textContent ?? '')
  const error = all('error')[0]
  const request = all('request')[0]!
  return {
    xml,
    doc,
    all,
    text,
    error: error ? { code: error.getAttribute('code'), message: error.textContent } : null,
    requestAttributes: Object.fromEntries([...request.attributes].map((attribute) => [attribute.name, attribute.value])),
    identifiers: text('identifier'),
  }
}

const identifier = (collection: Knowledge, key: string) => `oai:hamafza.test:${collection}/${ids[key]}`

const at = (iso: string) => vi.setSystemTime(new Date(iso))

const publish = async (key: string, collection: Knowledge, org: 'roshan' | 'omid', extra: Record<string, unknown> = {}) => {
  const doc = await payload.create({ collection, data: { ...sampleData(collection, cast.orgs[org], extra), _status: 'published' } as never })
  ids[key] = doc.id
  return doc
}

/** Every page of a list, through its resumption tokens to the empty one that ends it. */
const harvestAll = async (verb: 'ListIdentifiers' | 'ListRecords', query = '') => {
  const pages = [await harvest(`verb=${verb}&metadataPrefix=oai_dc${query}`)]
  for (;;) {
    const token = pages.at(-1)!.all('resumptionToken')[0]
    if (!token?.textContent) return pages
    pages.push(await harvest(`verb=${verb}&resumptionToken=${encodeURIComponent(token.textContent)}`))
  }
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  const topic = await payload.create({ collection: 'topics', data: { name: 'بازار کار', slug: 'labour-market' } })
  await payload.update({ collection: 'topics', id: topic.id, locale: 'en', data: { name: 'Labour market' } })

  // Each record is saved at a time of the test's choosing, so the datestamps are known to the second.
  vi.useFakeTimers({ toFake: ['Date'] })
  at('2025-01-10T08:00:00.000Z')
  await publish('caseStudy', 'case-studies', 'roshan', { title: 'کارگاه قالی‌بافی روشن', summary: 'زنان سرپرست خانوار، قالی و بازار', topics: [topic.id] })
  at('2025-02-01T09:30:00.000Z')
  const lesson = await publish('lesson', 'lessons', 'roshan', { title: 'پیش از آموزش بازار را بسنجید', lesson: lexical('بازار را پیش از کارگاه بسنجید.'), topics: [topic.id] })
  await payload.update({ collection: 'lessons', id: lesson.id, locale: 'en', data: { title: 'Measure the market before training' } as never })
  at('2025-03-15T12:00:00.000Z')
  await publish('bestPractice', 'best-practices', 'omid', { title: 'همراهی کارفرما از روز نخست', summary: 'کارفرما در طراحی دوره' })
  at('2025-04-01T00:00:00.000Z')
  await publish('curriculum', 'curricula', 'omid', { licence: 'all-rights-reserved' })

  // Published, then taken back to draft by a reviewer: a deleted record from then on.
  at('2025-04-20T00:00:00.000Z')
  await publish('withdrawn', 'lessons', 'roshan', { title: 'درسی که پس گرفته شد' })
  at('2025-05-02T10:00:00.000Z')
  await payload.update({ collection: 'lessons', id: ids.withdrawn!, data: { _status: 'draft' } as never, user: cast.users.reviewer, overrideAccess: false })
  // Published for everyone, then for members only: gone from the public repository.
  at('2025-05-10T00:00:00.000Z')
  await publish('membersLater', 'case-studies', 'roshan', { title: 'مطالعه‌ای که ویژه اعضا شد' })
  at('2025-06-01T00:00:00.000Z')
  await payload.update({ collection: 'case-studies', id: ids.membersLater!, data: { visibility: 'members', _status: 'published' } as never })
  // Never in the repository: a draft, and a record only members ever read.
  at('2025-05-20T00:00:00.000Z')
  ids.draft = (await payload.create({ collection: 'lessons', data: sampleData('lessons', cast.orgs.roshan, { title: 'پیش‌نویس' }) as never })).id
  await publish('membersOnly', 'case-studies', 'roshan', { title: 'ویژه اعضا از آغاز', visibility: 'members' })
  // A curriculum and three lessons saved in the same millisecond: pages split such ties by collection and id.
  at('2025-07-01T00:00:00.000Z')
  await publish('tieCurriculum', 'curricula', 'omid', { code: 'SOFT-02', title: 'برنامه درسی دوم' })
  for (const n of [1, 2, 3]) await publish(`tie${n}`, 'lessons', 'roshan', { title: `درس هم‌زمان ${n}` })
  vi.useRealTimers()
})

afterAll(() => {
  vi.useRealTimers()
})

const harvestable = () => [
  identifier('case-studies', 'caseStudy'),
  identifier('lessons', 'lesson'),
  identifier('best-practices', 'bestPractice'),
  identifier('curricula', 'curriculum'),
  identifier('lessons', 'withdrawn'),
  identifier('case-studies', 'membersLater'),
  identifier('lessons', 'tie1'),
  identifier('lessons', 'tie2'),
  identifier('lessons', 'tie3'),
  identifier('curricula', 'tieCurriculum'),
]

describe('Identify, ListMetadataFormats and ListSets', () => {
  it('identifies the repository: its base URL, its earliest datestamp, transient deletions, second granularity', async () => {
    const answer = await harvest('verb=Identify')
    expect(answer.error).toBeNull()
    expect(answer.text('baseURL')).toEqual(['http://hamafza.test/oai'])
    expect(answer.text('repositoryName')[0]).toContain('Hamafza')
    expect(answer.text('protocolVersion')).toEqual(['2.0'])
    expect(answer.text('earliestDatestamp')).toEqual(['2025-01-10T08:00:00Z'])
    expect(answer.text('deletedRecord')).toEqual(['transient'])
    expect(answer.text('granularity')).toEqual(['YYYY-MM-DDThh:mm:ssZ'])
    expect(answer.requestAttributes).toEqual({ verb: 'Identify' })
  })

  it('answers a POST with a form body as it answers a GET', async () => {
    const post = await harvest('', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier('lessons', 'lesson'))}`,
    })
    const get = await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier('lessons', 'lesson'))}`)
    expect(post.error).toBeNull()
    expect(post.text('title', post.doc, dcNs)).toEqual(get.text('title', get.doc, dcNs))
    const json = await harvest('', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"verb":"Identify"}' })
    expect(json.error?.code).toBe('badArgument')
  })

  it('offers Dublin Core, for the repository and for one of its records', async () => {
    for (const query of ['verb=ListMetadataFormats', `verb=ListMetadataFormats&identifier=${encodeURIComponent(identifier('lessons', 'lesson'))}`]) {
      const answer = await harvest(query)
      expect(answer.text('metadataPrefix')).toEqual(['oai_dc'])
      expect(answer.text('metadataNamespace')).toEqual(['http://www.openarchives.org/OAI/2.0/oai_dc/'])
      expect(answer.text('schema')).toEqual(['http://www.openarchives.org/OAI/2.0/oai_dc.xsd'])
    }
    const unknown = await harvest(`verb=ListMetadataFormats&identifier=${encodeURIComponent(identifier('lessons', 'draft'))}`)
    expect(unknown.error?.code).toBe('idDoesNotExist')
    expect(unknown.requestAttributes.identifier).toBe(identifier('lessons', 'draft'))
  })

  it('lists one set per knowledge collection and one per province, named in both languages', async () => {
    const answer = await harvest('verb=ListSets')
    expect(answer.text('setSpec')).toEqual(['case-studies', 'lessons', 'best-practices', 'curricula', 'province-07', 'province-23'])
    const fars = answer.all('set')[4]!
    expect(answer.text('setName', fars)).toEqual(['استان فارس / Province: فارس'])
    expect(answer.text('title', fars, dcNs)).toEqual(['استان فارس', 'Province: فارس'])
    expect(answer.text('setName')[1]).toBe('درس‌آموخته‌ها / Lessons learned')
    const resumed = await harvest('verb=ListSets&resumptionToken=abc')
    expect(resumed.error?.code).toBe('badResumptionToken')
  })
})

describe('GetRecord', () => {
  it('gives a published lesson in Dublin Core: both titles, the NGO, its topic, the lesson, its permanent link', async () => {
    const answer = await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier('lessons', 'lesson'))}`)
    expect(answer.error).toBeNull()
    const header = answer.all('header')[0]!
    expect(header.getAttribute('status')).toBeNull()
    expect(answer.text('datestamp')).toEqual(['2025-02-01T09:30:00Z'])
    expect(answer.text('setSpec')).toEqual(['lessons', 'province-23'])
    const dc = (name: string) =>
      answer.all(name, answer.doc, dcNs).map((node) => [node.textContent, node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')])
    expect(dc('title')).toEqual([
      ['پیش از آموزش بازار را بسنجید', 'fa'],
      ['Measure the market before training', 'en'],
    ])
    expect(dc('creator')).toEqual([['انجمن روشن', 'fa']])
    expect(dc('subject')).toEqual([
      ['بازار کار', 'fa'],
      ['Labour market', 'en'],
    ])
    expect(dc('description')).toEqual([['بازار را پیش از کارگاه بسنجید.', 'fa']])
    expect(dc('publisher')).toEqual([
      ['هم‌افزا', 'fa'],
      ['Hamafza', 'en'],
    ])
    expect(dc('date')).toEqual([['2025-02-01', null]])
    expect(dc('type')).toEqual([
      ['Text', null],
      ['درس آموخته', 'fa'],
      ['Lesson learned', 'en'],
    ])
    expect(dc('language')).toEqual([
      ['fa', null],
      ['en', null],
    ])
    expect(dc('identifier')).toEqual([[`http://hamafza.test/lessons/${ids.lesson}`, null]])
    expect(dc('coverage')).toEqual([['تهران', 'fa']])
    expect(dc('rights')).toEqual([
      ['CC-BY-4.0', null],
      ['https://creativecommons.org/licenses/by/4.0/', null],
    ])
  })

  it('gives a case study its summary and a curriculum its licence', async () => {
    const caseStudy = await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier('case-studies', 'caseStudy'))}`)
    expect(caseStudy.text('description', caseStudy.doc, dcNs)).toEqual(['زنان سرپرست خانوار، قالی و بازار'])
    expect(caseStudy.text('type', caseStudy.doc, dcNs)).toContain('Case study')
    const curriculum = await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier('curricula', 'curriculum'))}`)
    expect(curriculum.text('rights', curriculum.doc, dcNs)).toEqual(['همه حقوق محفوظ', 'All rights reserved'])
    expect(curriculum.text('setSpec')).toEqual(['curricula', 'province-07'])
  })

  it('reports a lesson taken back to draft, and a case study made members-only, as deleted: a header and no metadata', async () => {
    for (const [collection, key, when] of [
      ['lessons', 'withdrawn', '2025-05-02T10:00:00Z'],
      ['case-studies', 'membersLater', '2025-06-01T00:00:00Z'],
    ] as const) {
      const answer = await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier(collection, key))}`)
      expect(answer.error).toBeNull()
      expect(answer.all('header')[0]!.getAttribute('status')).toBe('deleted')
      expect(answer.text('datestamp')).toEqual([when])
      expect(answer.all('metadata')).toEqual([])
      expect(answer.xml).not.toContain(key === 'withdrawn' ? 'درسی که پس گرفته شد' : 'مطالعه‌ای که ویژه اعضا شد')
    }
  })

  it('never shows a draft, nor a record only members ever read', async () => {
    for (const [collection, key] of [
      ['lessons', 'draft'],
      ['case-studies', 'membersOnly'],
    ] as const) {
      const answer = await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier(collection, key))}`)
      expect(answer.error?.code).toBe('idDoesNotExist')
      expect(answer.xml).not.toContain(key === 'draft' ? 'پیش‌نویس' : 'ویژه اعضا از آغاز')
    }
  })

  it('answers idDoesNotExist for identifiers of another repository, collection or kind of id', async () => {
    for (const other of [
      `oai:elsewhere.example:lessons/${ids.lesson}`,
      `oai:hamafza.test:organizations/${cast.orgs.roshan}`,
      'oai:hamafza.test:lessons/not-an-id',
      'oai:hamafza.test:lessons',
      `oai:hamafza.test:lessons/${ids.lesson}/extra`,
    ]) {
      const answer = await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(other)}`)
      expect(answer.error?.code, other).toBe('idDoesNotExist')
    }
  })
})

describe('ListIdentifiers and ListRecords', () => {
  it('pages through every record, deleted ones included, oldest change first, to an empty resumption token', async () => {
    const pages = await harvestAll('ListIdentifiers')
    expect(pages).toHaveLength(4)
    expect(pages.flatMap((page) => page.identifiers)).toEqual([
      identifier('case-studies', 'caseStudy'),
      identifier('lessons', 'lesson'),
      identifier('best-practices', 'bestPractice'),
      identifier('curricula', 'curriculum'),
      identifier('lessons', 'withdrawn'),
      identifier('case-studies', 'membersLater'),
      // Saved in the same millisecond: lessons before curricula, then by id.
      ...[1, 2, 3].map((n) => identifier('lessons', `tie${n}`)).sort((a, b) => (typeof ids.tie1 === 'number' ? Number(a.split('/')[1]) - Number(b.split('/')[1]) : a.localeCompare(b))),
      identifier('curricula', 'tieCurriculum'),
    ])
    const tokens = pages.map((page) => page.all('resumptionToken')[0]!)
    expect(tokens.map((token) => [token.getAttribute('cursor'), token.getAttribute('completeListSize')])).toEqual([
      ['0', '10'],
      ['3', '10'],
      ['6', '10'],
      ['9', '10'],
    ])
    expect(tokens.at(-1)!.textContent).toBe('')
    const deleted = pages.flatMap((page) => page.all('header')).filter((header) => header.getAttribute('status') === 'deleted')
    expect(deleted.map((header) => header.getElementsByTagNameNS(oaiNs, 'identifier')[0]!.textContent)).toEqual([
      identifier('lessons', 'withdrawn'),
      identifier('case-studies', 'membersLater'),
    ])
    expect(pages[1]!.requestAttributes).toEqual({ verb: 'ListIdentifiers', resumptionToken: tokens[0]!.textContent })
  })

  it('gives every record its Dublin Core in ListRecords, and deleted ones as headers alone', async () => {
    const pages = await harvestAll('ListRecords')
    const records = pages.flatMap((page) => page.all('record'))
    expect(records.map((record) => record.getElementsByTagNameNS(oaiNs, 'identifier')[0]!.textContent).sort()).toEqual(harvestable().sort())
    for (const record of records) {
      const deleted = record.getElementsByTagNameNS(oaiNs, 'header')[0]!.getAttribute('status') === 'deleted'
      expect(record.getElementsByTagNameNS(dcNs, 'title').length > 0).toBe(!deleted)
    }
    const titles = pages.flatMap((page) => page.text('title', page.doc, dcNs))
    expect(titles).toContain('درس هم‌زمان 2')
    expect(titles).not.toContain('پیش‌نویس')
  })

  it('takes from and until by the day or by the second, both ends included', async () => {
    const between = async (query: string) => (await harvest(`verb=ListIdentifiers&metadataPrefix=oai_dc${query}`)).identifiers
    expect(await between('&until=2025-02-01T09:30:00Z')).toEqual([identifier('case-studies', 'caseStudy'), identifier('lessons', 'lesson')])
    expect(await between('&until=2025-02-01T09:29:59Z')).toEqual([identifier('case-studies', 'caseStudy')])
    expect(await between('&from=2025-02-01T09:30:01Z&until=2025-04-01T00:00:00Z')).toEqual([
      identifier('best-practices', 'bestPractice'),
      identifier('curricula', 'curriculum'),
    ])
    expect(await between('&from=2025-03-15&until=2025-04-01')).toEqual([identifier('best-practices', 'bestPractice'), identifier('curricula', 'curriculum')])
    expect(await between('&from=2025-05-02&until=2025-06-01')).toEqual([identifier('lessons', 'withdrawn'), identifier('case-studies', 'membersLater')])
    const none = await harvest('verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01')
    expect(none.error?.code).toBe('noRecordsMatch')
    expect(none.requestAttributes).toEqual({ verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2030-01-01' })
  })

  it('keeps from and until in its resumption tokens', async () => {
    const pages = await harvestAll('ListIdentifiers', '&from=2025-03-01&until=2025-07-01')
    expect(pages.flatMap((page) => page.identifiers).sort()).toEqual(harvestable().slice(2).sort())
    expect(pages[0]!.all('resumptionToken')[0]!.getAttribute('completeListSize')).toBe('8')
  })

  it('harvests one set: a collection, or a province', async () => {
    const lessons = await harvestAll('ListIdentifiers', '&set=lessons')
    expect(lessons.flatMap((page) => page.identifiers).sort()).toEqual(harvestable().filter((id) => id.includes(':lessons/')).sort())
    const fars = await harvest('verb=ListRecords&metadataPrefix=oai_dc&set=province-07')
    expect(fars.identifiers).toEqual([identifier('best-practices', 'bestPractice'), identifier('curricula', 'curriculum'), identifier('curricula', 'tieCurriculum')])
    expect(fars.all('resumptionToken')).toEqual([])
    const tehranLessons = await harvestAll('ListRecords', '&set=province-23&until=2025-05-02T10:00:00Z')
    expect(tehranLessons.flatMap((page) => page.identifiers)).toEqual([
      identifier('case-studies', 'caseStudy'),
      identifier('lessons', 'lesson'),
      identifier('lessons', 'withdrawn'),
    ])
    const unknown = await harvest('verb=ListIdentifiers&metadataPrefix=oai_dc&set=province-99')
    expect(unknown.error?.code).toBe('noRecordsMatch')
  })
})

describe('deletions the repository can and cannot report', () => {
  it('gives a withdrawn lesson published again back as a record, dated by its new publication', async () => {
    await publish('returning', 'lessons', 'roshan', { title: 'درسی که بازگشت' })
    await payload.update({ collection: 'lessons', id: ids.returning!, data: { _status: 'draft' } as never, user: cast.users.reviewer, overrideAccess: false })
    const get = () => harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier('lessons', 'returning'))}`)
    expect((await get()).all('header')[0]!.getAttribute('status')).toBe('deleted')
    const before = Date.now()
    // A network admin may publish straight from a draft.
    await payload.update({ collection: 'lessons', id: ids.returning!, data: { _status: 'published' } as never, user: cast.users.admin, overrideAccess: false })
    const again = await get()
    expect(again.all('header')[0]!.getAttribute('status')).toBeNull()
    expect(again.text('title', again.doc, dcNs)).toEqual(['درسی که بازگشت'])
    expect(Date.parse(again.text('datestamp')[0]!)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
  })

  it('loses the trace of a document deleted outright, whose versions go with it: deletions are transient', async () => {
    await publish('erased', 'lessons', 'roshan', { title: 'درسی که پاک شد' })
    expect((await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier('lessons', 'erased'))}`)).error).toBeNull()
    await payload.delete({ collection: 'lessons', id: ids.erased!, user: cast.users.admin, overrideAccess: false })
    const answer = await harvest(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier('lessons', 'erased'))}`)
    expect(answer.error?.code).toBe('idDoesNotExist')
    expect((await harvest('verb=Identify')).text('deletedRecord')).toEqual(['transient'])
  })
})

describe('errors', () => {
  const refused = async (query: string, code: string, init?: RequestInit) => {
    const answer = await harvest(query, init)
    expect(answer.error?.code, query).toBe(code)
    expect(answer.error?.message, query).not.toBe('')
    expect(answer.all('ListRecords').length + answer.all('GetRecord').length + answer.all('Identify').length, query).toBe(0)
    return answer
  }

  it('answers badVerb, with the request reduced to the base URL, for a missing, unknown or repeated verb', async () => {
    for (const query of ['', 'verb=', 'verb=ListEverything', 'verb=Identify&verb=Identify', 'verb=identify']) {
      const answer = await refused(query, 'badVerb')
      expect(answer.requestAttributes, query).toEqual({})
      expect(answer.text('request')).toEqual(['http://hamafza.test/oai'])
    }
  })

  it('answers badArgument for arguments missing, repeated, illegal, malformed, or beside a resumption token', async () => {
    for (const query of [
      'verb=Identify&set=lessons',
      'verb=ListRecords',
      'verb=ListIdentifiers&metadataPrefix=oai_dc&metadataPrefix=oai_dc',
      'verb=GetRecord&metadataPrefix=oai_dc',
      'verb=GetRecord&identifier=oai:hamafza.test:lessons/1',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2025-13-01',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2025-02-30',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01T00:00:00.000Z',
      'verb=ListRecords&metadataPrefix=oai_dc&until=2025-01-01T00:00:00+03:30',
      'verb=ListRecords&metadataPrefix=oai_dc&from=yesterday',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2025-02-01T00:00:00Z',
      'verb=ListRecords&metadataPrefix=oai_dc&from=2025-03-01&until=2025-02-01',
      'verb=ListRecords&metadataPrefix=oai_dc&set=no%20such%20set',
      'verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc',
      'verb=ListRecords&metadataPrefix=oai%20dc',
      'verb=GetRecord&metadataPrefix=oai_dc&identifier=oai%3Ahamafza.test%3Alessons%2F1%20x',
    ]) {
      const answer = await refused(query, 'badArgument')
      expect(answer.requestAttributes, query).toEqual({})
    }
  })

  it('answers badResumptionToken for a token it did not write, one altered, or one of another verb', async () => {
    const [first] = await harvestAll('ListIdentifiers')
    const token = first!.all('resumptionToken')[0]!.textContent!
    const [body, signature] = token.split('.') as [string, string]
    const state = JSON.parse(Buffer.from(body, 'base64url').toString()) as { cursor: number }
    const altered = `${Buffer.from(JSON.stringify({ ...state, cursor: 0 })).toString('base64url')}.${signature}`
    for (const [verb, bad] of [
      ['ListRecords', 'not-a-token'],
      ['ListIdentifiers', altered],
      ['ListRecords', token],
    ]) {
      const answer = await refused(`verb=${verb}&resumptionToken=${encodeURIComponent(bad!)}`, 'badResumptionToken')
      expect(answer.requestAttributes).toEqual({ verb, resumptionToken: bad })
    }
  })

  it('answers cannotDisseminateFormat for any format but oai_dc', async () => {
    await refused('verb=ListRecords&metadataPrefix=marc21', 'cannotDisseminateFormat')
    await refused('verb=ListIdentifiers&metadataPrefix=oai_datacite&set=lessons', 'cannotDisseminateFormat')
    const answer = await refused(`verb=GetRecord&metadataPrefix=mods&identifier=${encodeURIComponent(identifier('lessons', 'lesson'))}`, 'cannotDisseminateFormat')
    expect(answer.requestAttributes).toEqual({ verb: 'GetRecord', metadataPrefix: 'mods', identifier: identifier('lessons', 'lesson') })
  })

  it('writes its messages in Persian for an operator who asks for Persian', async () => {
    const answer = await refused('verb=Harvest', 'badVerb', { headers: { 'accept-language': 'fa-IR,fa;q=0.9' } })
    expect(answer.error?.message).toBe('«Harvest» یکی از فعل‌های OAI-PMH نیست.')
    const english = await refused('verb=Harvest', 'badVerb')
    expect(english.error?.message).toBe('"Harvest" is not an OAI-PMH verb.')
  })
})
