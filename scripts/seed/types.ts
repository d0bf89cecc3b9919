import type { DataFromCollectionSlug } from 'payload'

import type { KnowledgeCollection } from '../../collections/knowledgeCollections'
import type { DemoRole } from './people'

/** Looks records up by the stable keys the data files use: codes, slugs and seed keys. */
export type Refs = {
  organization: (slug: string) => number
  provinces: (...codes: string[]) => number[]
  topics: (...slugs: string[]) => number[]
  targetGroups: (...slugs: string[]) => number[]
  stages: (...slugs: string[]) => number[]
  funding: (...slugs: string[]) => number[]
  caseStudies: (...keys: string[]) => number[]
  lessons: (...keys: string[]) => number[]
  curriculum: (key: string) => number
  /** Uploaded files, by file name. */
  media: (...filenames: string[]) => number[]
}

/** Fields the workflow, the tenant plugin and Payload own; the seed never writes them as content. */
type Managed =
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'organization'
  | 'workflowState'
  | '_status'
  | 'createdBy'
  | 'updatedBy'
  | 'reviewHistory'
  | 'transitionComment'

export type KnowledgeData<C extends KnowledgeCollection> = Omit<DataFromCollectionSlug<C>, Managed | 'visibility' | 'licence'> &
  Partial<Pick<DataFromCollectionSlug<C>, 'visibility' | 'licence'>>

type DeepPartial<T> = T extends (infer Row)[] ? DeepPartial<Row>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T

/** English values of localized fields; array rows line up with the Persian rows by position. */
export type Translation<C extends KnowledgeCollection> = DeepPartial<KnowledgeData<C>>

/**
 * Where the demo leaves a document in the review workflow. `changesRequested` is a draft that a
 * reviewer sent back with a comment.
 */
export type TargetState = 'draft' | 'submitted' | 'inReview' | 'changesRequested' | 'published'

/** A later edit of a published document: revised as a draft, then approved again. */
export type Revision<C extends KnowledgeCollection> = {
  /** Why it changed, in Persian: the comment the author submits the revision with. */
  note: string
  fa?: (refs: Refs) => Partial<KnowledgeData<C>>
  en?: Translation<C>
  /** Links records seeded later (lessons), so it is applied once they exist. */
  afterLessons?: boolean
}

export type KnowledgeSeed<C extends KnowledgeCollection> = {
  /** How other seed records refer to this one. */
  key: string
  organization: string
  state: TargetState
  /** Who approves: the reviewer by default; a provincial coordinator may approve non-curricula. */
  approver?: Extract<DemoRole, 'reviewer' | 'coordinator'>
  /** Review comments in Persian, for the events the demo's review history shows. */
  comments?: { publish?: string; requestChanges?: string }
  fa: (refs: Refs) => KnowledgeData<C>
  en?: Translation<C>
  revisions?: Revision<C>[]
}
