import type { HostileInput } from './hostile'

/** Documents of the demo content the REST and GraphQL inputs aim at, found before the run. */
export type Targets = {
  /** A document of the signed-in editor's NGO, and one of another NGO, per knowledge collection. */
  own: Record<Knowledge, string>
  others: Record<Knowledge, string>
  ownOrganization: string
  otherOrganization: string
  /** An id of the database's kind that no document has, and a value that cannot be an id of its kind. */
  missing: string
  impossible: string
}

export const knowledge = ['case-studies', 'lessons', 'best-practices', 'curricula'] as const
export type Knowledge = (typeof knowledge)[number]

/** A lexical document of one paragraph. */
export const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'rtl',
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] }],
  },
})

/** A document each collection would take from the editor, so that the one wrong value is the only fault. */
const valid = (collection: Knowledge, organization: string): Record<string, unknown> => {
  const common = { title: 'سند آزمایشی', organization: Number(organization) || organization }
  switch (collection) {
    case 'case-studies':
      return { ...common, outcome: 'failure', context: richText('زمینه') }
    case 'lessons':
      return { ...common, lesson: richText('درس'), rootCause: 'market' }
    case 'best-practices':
      return { ...common, steps: [{ title: 'گام نخست' }] }
    case 'curricula':
      return { ...common, code: 'HOST-02', edition: '1.0', skillType: 'soft', hoursTheory: 10, hoursPractice: 20 }
  }
}

/** One value of the wrong kind for a field of each collection, and where it sits. */
const wrongKinds: Record<Knowledge, [string, Record<string, unknown>][]> = {
  'case-studies': [
    ['the outcome as a number', { outcome: 5 }],
    ['a count as a word', { metrics: { placed: 'many' } }],
    ['the consent as a word', { consentConfirmed: 'perhaps' }],
    ['the period start as a list', { periodStart: ['2024-01-01'] }],
  ],
  lessons: [
    ['the root cause as a list', { rootCause: ['market'] }],
    ['the review date as a number', { nextReviewDate: 12 }],
    ['the recommendation as text', { recommendation: 'act' }],
    ['rich text whose children are a word', { lesson: { root: { children: 'x' } } }],
  ],
  'best-practices': [
    ['the steps as numbers', { steps: [1, 2] }],
    ['the contact as a list', { contact: ['a'] }],
    ['the transfer conditions as a number', { transferConditions: 5 }],
    ['evidence as a word', { evidence: 'abc' }],
  ],
  curricula: [
    ['the theory hours as a word', { hoursTheory: 'ten' }],
    ['a module that is a word', { modules: ['intro'] }],
    ['the skill type as a number', { skillType: 3 }],
    ['the derived-from as an object', { derivedFrom: { nope: true } }],
  ],
}

const deep = (levels: number) => `{"title":${'['.repeat(levels)}${']'.repeat(levels)}}`

/** REST create and update of one knowledge collection, as a visitor and as a signed-in NGO editor. */
export const restInputs = (collection: Knowledge, targets: Targets): HostileInput[] => {
  const base = `/api/${collection}`
  const own = `${base}/${targets.own[collection]}`
  const body = valid(collection, targets.ownOrganization)
  return [
    { what: `${collection}: a visitor creates`, path: base, json: body, status: 403 },
    { what: `${collection}: a visitor changes a document`, method: 'PATCH', path: `${base}/${targets.others[collection]}`, json: { title: 'x' }, status: 403 },
    { what: `${collection}: a visitor deletes a document`, method: 'DELETE', path: `${base}/${targets.others[collection]}`, status: 403 },
    { what: `${collection}: an id that cannot be one`, path: `${base}/${targets.impossible}`, status: 404 },
    { what: `${collection}: an id with a word after it`, path: `${base}/${targets.own[collection]}abc`, as: 'editor', status: 404 },
    { what: `${collection}: a version id that cannot be one`, path: `${base}/versions/${targets.impossible}`, status: 404 },
    { what: `${collection}: an id no document has`, path: `${base}/${targets.missing}`, status: 404 },
    { what: `${collection}: a query through the review history`, path: `${base}?where[reviewHistory.comment][like]=a`, status: 400, says: /reviewHistory/ },
    { what: `${collection}: a query on a date with a word`, path: `${base}?where[createdAt][greater_than]=garbage`, status: 400, says: /createdAt/ },
    { what: `${collection}: a query on ids that cannot be ids`, path: `${base}?where[id][in]=${targets.impossible},def`, status: 400 },
    { what: `${collection}: a query on the organization that cannot be an id`, path: `${base}?where[organization][equals]=${targets.impossible}`, status: 400 },
    { what: `${collection}: a query on a nested organization that cannot be an id`, path: `${base}?where[organization.province][equals]=${targets.impossible}`, status: 400 },
    { what: `${collection}: a condition given twice`, path: `${base}?where[title][like]=a&where[title][like]=b`, status: 400 },
    { what: `${collection}: a place operator on a title`, path: `${base}?where[title][near]=1,2`, status: 400 },
    { what: `${collection}: a page size with a fraction`, path: `${base}?limit=1.5`, status: 400 },
    { what: `${collection}: a page size given twice`, path: `${base}?limit=1&limit=2`, status: 400 },
    { what: `${collection}: the editor writes a title as a number`, path: base, as: 'editor', json: { ...body, title: 5 }, status: 400, says: /متن|text/i },
    { what: `${collection}: the editor writes a title as a list`, path: base, as: 'editor', json: { ...body, title: ['a'] }, status: 400 },
    { what: `${collection}: the editor writes the title in both languages at once`, path: base, as: 'editor', json: { ...body, title: { fa: 'a', en: 'b' } }, status: 400 },
    { what: `${collection}: a body nested 5,000 deep`, path: base, as: 'editor', body: deep(5000), type: 'application/json', status: 400 },
    { what: `${collection}: a body that is not JSON`, path: base, as: 'editor', body: '{"title": "x",', type: 'application/json', status: 400, says: /JSON/ },
    { what: `${collection}: a body that is a string`, path: base, as: 'editor', json: 'title', status: 400 },
    { what: `${collection}: a body that is null`, path: base, as: 'editor', body: 'null', type: 'application/json', status: 400 },
    { what: `${collection}: a document in another NGO's name`, path: base, as: 'editor', json: { ...body, organization: Number(targets.otherOrganization) || targets.otherOrganization }, status: 403 },
    { what: `${collection}: a relation to a document that does not exist`, path: base, as: 'editor', json: { ...body, provinces: [Number(targets.missing) || targets.missing] }, status: 400 },
    { what: `${collection}: the editor changes another NGO's document`, method: 'PATCH', path: `${base}/${targets.others[collection]}`, as: 'editor', json: { title: 'x' } },
    { what: `${collection}: the editor writes in a language spelled wrong`, method: 'PATCH', path: `${own}?locale=EN`, as: 'editor', json: { title: 'An English title' }, status: 400 },
    { what: `${collection}: a reader asks for a language that does not exist`, path: `${base}?locale=de`, status: 400 },
    { what: `${collection}: the editor changes a document whose id cannot be one`, method: 'PATCH', path: `${base}/${targets.impossible}`, as: 'editor', json: { title: 'x' }, status: 404 },
    ...wrongKinds[collection].map(([what, value]): HostileInput => ({ what: `${collection}: the editor creates with ${what}`, path: base, as: 'editor', json: { ...body, ...value }, status: 400 })),
    ...wrongKinds[collection].map(([what, value]): HostileInput => ({ what: `${collection}: the editor saves ${what}`, method: 'PATCH', path: own, as: 'editor', json: value, status: 400 })),
  ]
}

/** The jobs queue is the server's own: no one queues, runs or cancels a job over HTTP. */
export const jobsInputs = (targets: Targets): HostileInput[] => {
  const unpublish = { taskSlug: 'schedulePublish', input: { type: 'unpublish', doc: { relationTo: 'lessons', value: targets.others.lessons } } }
  return (['visitor', 'editor', 'reviewer'] as const).flatMap((as): HostileInput[] => [
    { what: `jobs: ${as} queues an unpublish`, path: '/api/payload-jobs', as, json: unpublish },
    { what: `jobs: ${as} runs the queue`, path: '/api/payload-jobs/run', as, status: as === 'visitor' ? undefined : 403 },
    { what: `jobs: ${as} runs the queue by POST`, method: 'POST', path: '/api/payload-jobs/run?queue=default', as },
    { what: `jobs: ${as} runs the schedules`, path: '/api/payload-jobs/handle-schedules', as },
  ])
}

/** A document's NGO changes only by a network admin. */
export const organizationMoveInputs = (collection: Knowledge, targets: Targets): HostileInput[] => [
  {
    what: `${collection}: a reviewer moves another NGO's document to the editor's NGO`,
    method: 'PATCH',
    path: `/api/${collection}/${targets.others[collection]}?draft=true`,
    as: 'reviewer',
    json: { organization: Number(targets.ownOrganization) || targets.ownOrganization },
  },
  {
    what: `${collection}: a reviewer moves another NGO's published document`,
    method: 'PATCH',
    path: `/api/${collection}/${targets.others[collection]}`,
    as: 'reviewer',
    json: { organization: Number(targets.ownOrganization) || targets.ownOrganization },
  },
]

/** GraphQL bodies, malformed and refused. */
export const graphqlInputs = (targets: Targets): HostileInput[] => {
  const gql = (what: string, body: string, extra: Partial<HostileInput> = {}): HostileInput => ({ what: `GraphQL: ${what}`, path: '/api/graphql', body, type: 'application/json', ...extra })
  return [
    gql('a body that is not JSON', '{"query": "{ Lessons { docs { id } } }"', { status: 400, says: /JSON/ }),
    gql('an empty object', '{}', { status: 400 }),
    gql('a query that is a number', '{"query": 5}', { status: 400 }),
    gql('a batch', '[{"query": "{ Lessons { totalDocs } }"}]', { status: 400 }),
    gql('a query that does not parse', JSON.stringify({ query: '{ Lessons { docs { id }' }), { status: 400, says: /Syntax Error/ }),
    gql('a field that does not exist', JSON.stringify({ query: '{ Lessons { docs { nope } } }' }), { status: 400 }),
    gql('a query nested 3,000 deep', JSON.stringify({ query: `{${'{'.repeat(3000)}}` }), { status: 400 }),
    gql('a title as a number', JSON.stringify({ query: 'mutation { createLesson(data: { title: 5 }) { id } }' }), { status: 400 }),
    gql('a visitor creates', JSON.stringify({ query: `mutation { createLesson(data: { title: "x", lesson: ${JSON.stringify(JSON.stringify(richText('x')))}, rootCause: market, licence: CC_BY_4_0, visibility: public, workflowState: draft }) { id } }` }), { status: 403 }),
    gql('a where on the organization that cannot be an id', JSON.stringify({ query: `{ Lessons(where: { organization: { equals: "${targets.impossible}" } }) { docs { id } } }` }), { status: 400 }),
    gql('a lesson id that is a word', JSON.stringify({ query: '{ Lesson(id: "abc") { id } }' }), { status: /^\d+$/.test(targets.missing) ? 400 : 404 }),
    gql('a lesson whose id no document has', JSON.stringify({ query: `{ Lesson(id: ${Number(targets.missing) || JSON.stringify(targets.missing)}) { id } }` }), { status: 404 }),
    gql('a body of 9 MB', JSON.stringify({ query: '{ Lessons { totalDocs } }', variables: { padding: 'x'.repeat(9 * 1024 * 1024) } }), { status: 413 }),
  ]
}
