import type { Payload, Where } from 'payload'

import type { User } from '../../src/payload-types'
import { applications } from './applications'
import { bestPractices } from './bestPractices'
import { caseStudies } from './caseStudies'
import { curricula } from './curricula'
import { curriculumFiles, ensureCurriculumFile } from './curriculumFiles'
import { exchangeAnswers, exchangeItems } from './exchange'
import { ensureKnowledge, type Actors, type KnowledgeContext } from './knowledge'
import { lessons } from './lessons'
import { seedNotes } from './notes'
import { organizations } from './organizations'
import { demoAccounts, type DemoAccount } from './people'
import { provinces } from './provinces'
import { Tally, upsertLocalized, type Log } from './records'
import { fundingInstruments, processStages, targetGroups, topics, type TermSeed } from './taxonomies'
import type { KnowledgeSeed, Refs } from './types'
import type { KnowledgeCollection } from '../../collections/knowledgeCollections'

export { demoAccounts } from './people'
export { seedRefusal } from './guard'

export type SeedOptions = { log?: Log }

type IdMap = Map<string, number>

const pick =
  (map: IdMap, kind: string) =>
  (...keys: string[]): number[] =>
    keys.map((key) => {
      const id = map.get(key)
      if (id == null) throw new Error(`The seed refers to an unknown ${kind} "${key}".`)
      return id
    })

const term = (seed: TermSeed) => ({
  fa: { name: seed.fa, slug: seed.slug, description: seed.description?.fa },
  en: { name: seed.en, description: seed.description?.en },
})

/**
 * Fills a database with the network's demo content: provinces, taxonomies, member NGOs, one
 * account per role, and knowledge documents in every review state. Safe to run again: records
 * are found by their stable keys and only brought up to date, never duplicated.
 */
export const seed = async (payload: Payload, { log = () => {} }: SeedOptions = {}): Promise<void> => {
  const ids = {
    provinces: new Map<string, number>(),
    topics: new Map<string, number>(),
    targetGroups: new Map<string, number>(),
    stages: new Map<string, number>(),
    funding: new Map<string, number>(),
    organizations: new Map<string, number>(),
    caseStudies: new Map<string, number>(),
    lessons: new Map<string, number>(),
    curricula: new Map<string, number>(),
    media: new Map<string, number>(),
  }
  const refs: Refs = {
    organization: (slug) => pick(ids.organizations, 'organization')(slug)[0]!,
    provinces: pick(ids.provinces, 'province code'),
    topics: pick(ids.topics, 'topic'),
    targetGroups: pick(ids.targetGroups, 'target group'),
    stages: pick(ids.stages, 'process stage'),
    funding: pick(ids.funding, 'funding instrument'),
    caseStudies: pick(ids.caseStudies, 'case study'),
    lessons: pick(ids.lessons, 'lesson'),
    curriculum: (key) => pick(ids.curricula, 'curriculum edition')(key)[0]!,
    media: pick(ids.media, 'file'),
  }

  let tally = new Tally()
  for (const province of provinces) {
    const where = { code: { equals: province.code } }
    const { id, change } = await upsertLocalized(payload, 'provinces', where, { name: province.fa, code: province.code }, { name: province.en })
    ids.provinces.set(province.code, id)
    tally.add(change)
  }
  log(`provinces: ${tally}`)

  tally = new Tally()
  const upsertTopic = async (seedTerm: TermSeed, parent: number | null) => {
    const { fa, en } = term(seedTerm)
    const { id, change } = await upsertLocalized(payload, 'topics', { slug: { equals: seedTerm.slug } }, { ...fa, parent }, en)
    ids.topics.set(seedTerm.slug, id)
    tally.add(change)
    return id
  }
  for (const parent of topics) {
    const parentId = await upsertTopic(parent, null)
    for (const child of parent.children) await upsertTopic(child, parentId)
  }
  log(`topics: ${tally}`)

  const flat = [
    ['target-groups', targetGroups, ids.targetGroups],
    ['process-stages', processStages, ids.stages],
    ['funding-instruments', fundingInstruments, ids.funding],
  ] as const
  for (const [collection, terms, map] of flat) {
    tally = new Tally()
    for (const [index, seedTerm] of terms.entries()) {
      const { fa, en } = term(seedTerm)
      const data = collection === 'process-stages' ? { ...fa, order: index + 1 } : fa
      const { id, change } = await upsertLocalized(payload, collection, { slug: { equals: seedTerm.slug } }, data, en)
      map.set(seedTerm.slug, id)
      tally.add(change)
    }
    log(`${collection}: ${tally}`)
  }

  tally = new Tally()
  for (const org of organizations) {
    const fa = {
      name: org.name.fa,
      slug: org.slug,
      province: refs.provinces(org.province)[0],
      city: org.city.fa,
      registrationNumber: org.registrationNumber,
      licenceNumber: org.licenceNumber ?? null,
      licenceStage: org.licenceStage,
      membershipStatus: org.membershipStatus,
      fieldsOfActivity: refs.topics(...org.fieldsOfActivity),
      targetGroups: refs.targetGroups(...org.targetGroups),
      description: org.description.fa,
      contact: { phone: org.contact.phone, email: org.contact.email, address: org.contact.address.fa },
      website: org.website ?? null,
    }
    const en = { name: org.name.en, city: org.city.en, description: org.description.en, contact: { address: org.contact.address.en } }
    const { id, change } = await upsertLocalized(payload, 'organizations', { slug: { equals: org.slug } }, fa, en)
    ids.organizations.set(org.slug, id)
    tally.add(change)
  }
  log(`organizations: ${tally}`)

  tally = new Tally()
  for (const file of curriculumFiles) {
    const { id, change } = await ensureCurriculumFile(payload, file, refs.organization(file.organization))
    ids.media.set(file.filename, id)
    tally.add(change)
  }
  log(`media: ${tally}`)

  tally = new Tally()
  const users = {} as Record<keyof typeof demoAccounts, User>
  for (const [role, account] of Object.entries(demoAccounts) as [keyof typeof demoAccounts, DemoAccount][]) {
    const { user, change } = await upsertAccount(payload, account, refs)
    users[role] = user
    tally.add(change)
  }
  log(`users: ${tally}, demo passwords reset`)

  const actors: Actors = {
    admin: users.admin,
    reviewer: users.reviewer,
    coordinator: users.coordinator,
    editorOf: (slug) =>
      [users.editor, users.editor2].find((user) =>
        (user.organizations ?? []).some((row) => row.organization === ids.organizations.get(slug)),
      ),
  }
  const ctx: KnowledgeContext = { payload, refs, actors, resyncNote: seedNotes.resync }
  const byTitle = (data: Record<string, unknown>) => ({ title: { equals: data.title } })
  const early = <C extends KnowledgeCollection>(spec: KnowledgeSeed<C>): KnowledgeSeed<C> => ({
    ...spec,
    revisions: spec.revisions?.filter((revision) => !revision.afterLessons),
  })

  const ensureAll = async <C extends KnowledgeCollection>(
    collection: C,
    specs: KnowledgeSeed<C>[],
    map: IdMap | undefined,
    lookup: (data: Record<string, unknown>) => object,
  ) => {
    const counts = new Tally()
    for (const spec of specs) {
      const { id, change } = await ensureKnowledge(ctx, collection, spec, lookup as never).catch((error: unknown) => {
        throw withContext(error, `${collection} "${spec.key}"`)
      })
      map?.set(spec.key, id)
      counts.add(change)
    }
    return counts
  }

  // Case studies first, as lessons cite them; their links back to lessons come last.
  log(`case-studies: ${await ensureAll('case-studies', caseStudies.map(early), ids.caseStudies, byTitle)}`)
  log(`lessons: ${await ensureAll('lessons', lessons, ids.lessons, byTitle)}`)
  tally = new Tally()
  for (const application of applications) {
    const lesson = refs.lessons(application.lesson)[0]!
    const organization = refs.organization(application.organization)
    const where: Where = { and: [{ lesson: { equals: lesson } }, { organization: { equals: organization } }] }
    const data = { lesson, organization, appliedOn: application.appliedOn, result: application.result, whatHappened: application.fa }
    const { change } = await upsertLocalized(payload, 'lesson-applications', where, data, { whatHappened: application.en ?? application.fa })
    tally.add(change)
  }
  log(`lessons applied: ${tally}`)
  log(`best-practices: ${await ensureAll('best-practices', bestPractices, undefined, byTitle)}`)
  const byEdition = (data: Record<string, unknown>) => ({
    and: [{ code: { equals: data.code } }, { edition: { equals: data.edition } }],
  })
  log(`curricula: ${await ensureAll('curricula', curricula, ids.curricula, byEdition)}`)
  const late = caseStudies.filter((spec) => spec.revisions?.some((revision) => revision.afterLessons))
  log(`case-studies linked to lessons: ${await ensureAll('case-studies', late, undefined, byTitle)}`)

  tally = new Tally()
  const items = new Map<string, number>()
  for (const item of exchangeItems) {
    const organization = refs.organization(item.organization)
    const fa = {
      organization,
      direction: item.direction,
      kind: item.kind,
      title: item.title.fa,
      description: item.description.fa,
      quantity: item.quantity?.fa ?? null,
      provinces: refs.provinces(...item.provinces),
      targetGroups: refs.targetGroups(...item.targetGroups),
      stages: refs.stages(...item.stages),
      contact: item.contact,
      status: item.status,
      closingNote: item.closingNote?.fa ?? null,
    }
    const en = { title: item.title.en, description: item.description.en, quantity: item.quantity?.en ?? null, closingNote: item.closingNote?.en ?? null }
    const where: Where = { and: [{ organization: { equals: organization } }, { title: { equals: item.title.fa } }] }
    const { id, change } = await upsertLocalized(payload, 'offers-and-needs', where, fa, en)
    items.set(item.key, id)
    tally.add(change)
  }
  log(`offers-and-needs: ${tally}`)

  tally = new Tally()
  for (const answer of exchangeAnswers) {
    const item = items.get(answer.item)!
    const fromOrganization = refs.organization(answer.from)
    const found = await payload.find({ collection: 'exchange-answers', where: { and: [{ item: { equals: item } }, { fromOrganization: { equals: fromOrganization } }] }, depth: 0, limit: 1 })
    if (found.docs[0]) {
      tally.add('unchanged')
      continue
    }
    const { organization } = await payload.findByID({ collection: 'offers-and-needs', id: item, depth: 0 })
    await payload.create({ collection: 'exchange-answers', data: { item, organization: organization as number, fromOrganization, author: users[answer.author].id, message: answer.message } })
    tally.add('created')
  }
  log(`exchange-answers: ${tally}`)
}

/** Names the record a failure happened on, keeping the error's own details (e.g. field errors). */
const withContext = (error: unknown, where: string): unknown => {
  if (error instanceof Error) error.message = `${where}: ${error.message}`
  return error
}

/** A demo account as the README describes it; its password is set again on every run. */
const upsertAccount = async (payload: Payload, account: DemoAccount, refs: Refs) => {
  const data = {
    email: account.email,
    password: account.password,
    fullName: account.fullName,
    roles: account.roles,
    provinces: refs.provinces(...(account.provinces ?? [])),
    organizations: (account.organizations ?? []).map((slug) => ({ organization: refs.organization(slug) })),
  }
  const found = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, depth: 0, limit: 1 })
  const existing = found.docs[0]
  if (!existing) {
    const user = await payload.create({ collection: 'users', data, depth: 0 })
    return { user, change: 'created' as const }
  }
  const same =
    existing.fullName === data.fullName &&
    JSON.stringify(existing.roles) === JSON.stringify(data.roles) &&
    JSON.stringify(existing.provinces ?? []) === JSON.stringify(data.provinces) &&
    JSON.stringify((existing.organizations ?? []).map((row) => row.organization)) ===
      JSON.stringify(data.organizations.map((row) => row.organization))
  const user = await payload.update({ collection: 'users', id: existing.id, data, depth: 0 })
  await payload.unlock({ collection: 'users', data: { email: account.email, password: account.password }, overrideAccess: true })
  return { user, change: same ? ('unchanged' as const) : ('updated' as const) }
}
