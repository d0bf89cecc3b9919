import type { Payload, Where } from 'payload'

import type { KnowledgeCollection } from '../../collections/knowledgeCollections'
import type { User } from '../../src/payload-types'
import { alignRows, matches, type Change } from './records'
import type { KnowledgeSeed, Refs } from './types'

/** The demo accounts that author, review and approve. */
export type Actors = {
  admin: User
  reviewer: User
  coordinator: User
  editorOf: (organizationSlug: string) => User | undefined
}

export type KnowledgeContext = {
  payload: Payload
  refs: Refs
  actors: Actors
  /** The comment a re-synchronising revision is submitted with (data, not logic: it is Persian). */
  resyncNote: string
}

type Doc = Record<string, unknown> & { id: number; workflowState?: string }
type Data = Record<string, unknown>

const isAdmin = (user: User) => user.roles.includes('admin')

/**
 * Drives one document through the review workflow as the people who would do it, so its review
 * history and versions read like real use: the NGO's editor writes and submits, a reviewer (or
 * the provincial coordinator) starts the review and publishes. Documents of NGOs without a demo
 * editor are written by the network admin, who may publish a draft directly.
 */
class Workflow {
  constructor(
    private payload: Payload,
    private collection: KnowledgeCollection,
    readonly id: number,
    private author: User,
    private approver: User,
  ) {}

  async read(locale: 'fa' | 'en'): Promise<Doc> {
    const doc = await this.payload.findByID({
      collection: this.collection,
      id: this.id,
      draft: true,
      locale,
      fallbackLocale: false,
      depth: 0,
    })
    return doc as unknown as Doc
  }

  async saveDraft(locale: 'fa' | 'en', data: Data, user = this.author): Promise<Doc> {
    const doc = await this.payload.update({
      collection: this.collection,
      id: this.id,
      locale,
      draft: true,
      depth: 0,
      user,
      data: { ...data, _status: 'draft' } as never,
    })
    return doc as unknown as Doc
  }

  async translate(en: Data | undefined, stored: Doc) {
    if (en) await this.saveDraft('en', alignRows(en, stored) as Data)
  }

  move(user: User, workflowState: 'submitted' | 'inReview' | 'draft', transitionComment?: string) {
    return this.saveDraft('fa', { workflowState, transitionComment }, user)
  }

  async publish(user: User, transitionComment?: string) {
    await this.payload.update({
      collection: this.collection,
      id: this.id,
      locale: 'fa',
      depth: 0,
      user,
      data: { _status: 'published', transitionComment } as never,
    })
  }

  /** From a draft to published, by the shortest path the author's role allows. */
  async approve(submitComment?: string, publishComment?: string) {
    if (isAdmin(this.author)) return this.publish(this.author, submitComment ?? publishComment)
    await this.move(this.author, 'submitted', submitComment)
    await this.move(this.approver, 'inReview')
    await this.publish(this.approver, publishComment)
  }

  /** An edit of a live document: a new draft on top of it, then approved again. */
  async revise(fa: Data, en: Data | undefined, note: string) {
    const stored = await this.saveDraft('fa', fa)
    await this.translate(en, stored)
    await this.approve(note)
  }
}

const merge = (base: Data, patches: (Data | undefined)[]): Data => Object.assign({}, base, ...patches)

/**
 * Makes one knowledge document exist as the seed describes it. A new document is created in
 * Persian, translated, taken to its target review state and, if published, edited once per
 * revision. An existing one is only brought up to date: the revisions it lacks are applied, and
 * any other difference is one more revision. Retired editions are history and are left alone.
 */
export const ensureKnowledge = async <C extends KnowledgeCollection>(
  ctx: KnowledgeContext,
  collection: C,
  spec: KnowledgeSeed<C>,
  lookup: (data: Data) => Where,
): Promise<{ id: number; change: Change }> => {
  const { payload, refs, actors } = ctx
  const author = actors.editorOf(spec.organization) ?? actors.admin
  const approver = spec.approver === 'coordinator' ? actors.coordinator : actors.reviewer
  const revisions = spec.revisions ?? []
  const base: Data = { ...(spec.fa(refs) as Data), organization: refs.organization(spec.organization) }
  const faPatches = revisions.map((revision) => revision.fa?.(refs) as Data | undefined)
  const enPatches = revisions.map((revision) => revision.en as Data | undefined)
  const faTarget = (applied: number) => merge(base, faPatches.slice(0, applied))
  const enTarget = spec.en || enPatches.some(Boolean) ? merge((spec.en ?? {}) as Data, enPatches) : undefined

  const found = await payload.find({
    collection,
    where: lookup(faTarget(revisions.length)),
    draft: true,
    locale: 'fa',
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const existing = found.docs[0] as unknown as Doc | undefined

  if (!existing) {
    const created = (await payload.create({
      collection,
      locale: 'fa',
      draft: true,
      depth: 0,
      user: author,
      data: { ...base, _status: 'draft' } as never,
    })) as unknown as Doc
    const flow = new Workflow(payload, collection, created.id, author, approver)
    await flow.translate(spec.en as Data | undefined, created)
    if (spec.state !== 'draft') {
      if (spec.state === 'published') {
        await flow.approve(undefined, spec.comments?.publish)
        for (const [i, revision] of revisions.entries()) await flow.revise(faPatches[i] ?? {}, enPatches[i], revision.note)
      } else {
        await flow.move(author, 'submitted')
        if (spec.state !== 'submitted') await flow.move(approver, 'inReview')
        if (spec.state === 'changesRequested') await flow.move(approver, 'draft', spec.comments?.requestChanges)
      }
    }
    return { id: created.id, change: 'created' }
  }

  const flow = new Workflow(payload, collection, existing.id, author, approver)
  if (existing.workflowState === 'retired') return { id: existing.id, change: 'unchanged' }
  const live = existing.workflowState === 'published'
  const applied = [...revisions.keys(), revisions.length].reverse().find((k) => matches(faTarget(k), existing))
  if (applied === revisions.length) {
    const english = enTarget ? await flow.read('en') : undefined
    if (!enTarget || matches(enTarget, english)) return { id: existing.id, change: 'unchanged' }
    if (live) await flow.revise({}, enTarget, ctx.resyncNote)
    else await flow.translate(enTarget, existing)
    return { id: existing.id, change: 'updated' }
  }
  if (live && applied !== undefined) {
    for (let i = applied; i < revisions.length; i++) await flow.revise(faPatches[i] ?? {}, enPatches[i], revisions[i]!.note)
  } else if (live) {
    await flow.revise(faTarget(revisions.length), enTarget, ctx.resyncNote)
  } else {
    const stored = await flow.saveDraft('fa', faTarget(revisions.length))
    await flow.translate(enTarget, stored)
  }
  return { id: existing.id, change: 'updated' }
}
