import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { formatDate } from '../i18n/dates'
import type { ReviewEvent, User } from '../payload-types'
import { loadNoticed, noticedCollections, type NoticedCollection, type NoticedDocument } from './documents'
import type { MailKind, MailLanguage } from './kinds'
import type { MailContent } from './layout'
import { greetingName, languageOf, settingsLink } from './people'
import { queueMail } from './queue'
import { coordinatorsOf, editorsOf, reviewers, usersByID, whoWants } from './recipients'
import { mailWords } from './words'

type Compose = (language: MailLanguage, person: User) => Omit<MailContent, 'language' | 'greeting' | 'footer' | 'settings'>

/** Queues one notice per person, each in their own language. */
export const notify = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  people: User[],
  kind: MailKind,
  about: string,
  compose: Compose,
  headers?: (person: User) => Record<string, string> | undefined,
) => {
  for (const person of people) {
    const language = languageOf(person)
    const words = mailWords[language]
    await queueMail(payload, req, {
      to: person.email,
      recipient: person.id,
      kind,
      about,
      headers: headers?.(person),
      content: {
        language,
        greeting: words.greeting(greetingName(person)),
        footer: words.footer,
        settings: settingsLink(person),
        ...compose(language, person),
      },
    })
  }
}

const aboutOf = (doc: NoticedDocument) => `${doc.collection}:${doc.id}`

const submitted = async (payload: Payload, req: PayloadRequest, doc: NoticedDocument, event: ReviewEvent) => {
  // Curricula become the network's standard on a reviewer's approval only: coordinators are not asked.
  const coordinators = doc.collection === 'curricula' ? [] : await coordinatorsOf(payload, doc.provinces, req)
  const people = whoWants([...(await reviewers(payload, req)), ...coordinators], 'submitted', actorOf(event))
  await notify(payload, req, people, 'submitted', aboutOf(doc), (language) => {
    const words = mailWords[language]
    return {
      subject: words.submitted.subject(doc.title(language)),
      paragraphs: words.submitted.paragraphs(doc.kind(language), doc.title(language), doc.organizationName(language), formatDate(event.createdAt, language)),
      action: { label: words.openInAdmin, url: doc.adminURL },
    }
  })
}

const changesRequested = async (payload: Payload, req: PayloadRequest, doc: NoticedDocument, event: ReviewEvent) => {
  const reviewer = actorOf(event) == null ? [] : await usersByID(payload, [actorOf(event)!], req)
  const reviewerName = reviewer[0] ? greetingName(reviewer[0]) : ''
  const people = whoWants(await usersByID(payload, doc.createdBy == null ? [] : [doc.createdBy], req), 'changesRequested', actorOf(event))
  await notify(payload, req, people, 'changesRequested', aboutOf(doc), (language) => {
    const words = mailWords[language]
    return {
      subject: words.changesRequested.subject(doc.title(language)),
      paragraphs: words.changesRequested.paragraphs(doc.kind(language), doc.title(language), reviewerName, formatDate(event.createdAt, language)),
      quote: event.comment ? { label: words.changesRequested.comment, text: event.comment } : undefined,
      action: { label: words.openInAdmin, url: doc.adminURL },
    }
  })
}

const published = async (payload: Payload, req: PayloadRequest, doc: NoticedDocument, event: ReviewEvent) => {
  const author = await usersByID(payload, doc.createdBy == null ? [] : [doc.createdBy], req)
  const people = whoWants([...author, ...(await editorsOf(payload, doc.organization, req))], 'published', actorOf(event))
  await notify(payload, req, people, 'published', aboutOf(doc), (language) => {
    const words = mailWords[language]
    return {
      subject: words.published.subject(doc.title(language)),
      paragraphs: words.published.paragraphs(doc.kind(language), doc.title(language), formatDate(event.createdAt, language)),
      action: { label: words.openDocument, url: doc.publicURL(language) },
    }
  })
}

/** Those who downloaded the retired edition while signed in: they may be teaching from it. */
const downloadersOf = async (payload: Payload, req: PayloadRequest, doc: NoticedDocument) => {
  const { docs } = await payload.find({
    collection: 'download-events',
    where: { and: [{ curriculum: { equals: doc.id } }, { edition: { equals: doc.edition ?? '' } }, { reader: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { reader: true },
  })
  return usersByID(payload, [...new Set(docs.map((row) => idOf(row.reader as number)))], req)
}

/**
 * Members who follow the curriculum: a subscription to the search for its code among curricula (what the
 * search page's "subscribe" makes of `?q=CODE&type=curricula`).
 */
const followersOf = async (payload: Payload, req: PayloadRequest, doc: NoticedDocument) => {
  if (!doc.code) return []
  const { docs } = await payload.find({ collection: 'subscriptions', where: { query: { like: doc.code } }, depth: 0, pagination: false, overrideAccess: true, req })
  const following = docs.filter((subscription) => {
    const params = new URLSearchParams(subscription.query)
    const types = params.getAll('type').flatMap((value) => value.split(','))
    return params.get('q')?.trim().toLowerCase() === doc.code!.toLowerCase() && (types.length === 0 || types.includes('curricula'))
  })
  return usersByID(payload, following.map((subscription) => idOf(subscription.subscriber as number)), req)
}

const editionRetired = async (payload: Payload, req: PayloadRequest, doc: NoticedDocument, event: ReviewEvent) => {
  const successor = await payload.find({
    collection: 'curricula',
    where: { derivedFrom: { equals: doc.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const next = successor.docs[0] ? await loadNoticed(payload, 'curricula', successor.docs[0].id, req) : null
  const people = whoWants([...(await downloadersOf(payload, req, doc)), ...(await followersOf(payload, req, doc))], 'editionRetired')
  await notify(payload, req, people, 'editionRetired', aboutOf(doc), (language) => {
    const words = mailWords[language]
    const target = next ?? doc
    return {
      subject: words.editionRetired.subject(doc.title(language)),
      paragraphs: words.editionRetired.paragraphs(doc.title(language), doc.edition ?? '', next?.edition ?? '', formatDate(event.createdAt, language)),
      action: { label: words.editionRetired.newEdition, url: target.publicURL(language) },
    }
  })
}

const actorOf = (event: ReviewEvent) => (event.actor == null ? null : idOf(event.actor as number))

const isNoticed = (value: string): value is NoticedCollection => (noticedCollections as readonly string[]).includes(value)

/**
 * After each move of the review workflow (a `review-events` row, written in the save's transaction), the
 * people it concerns are told: submitted → reviewers and the coordinators of the document's provinces;
 * changes requested → the author, with the comment; published → the author and the NGO's editors; a
 * curriculum edition retired → those who downloaded it signed in, and those who follow it by subscription.
 */
export const noticeOfTransition: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const event = doc as ReviewEvent
  const collection = event.document.relationTo
  if (!isNoticed(collection)) return doc
  const run =
    event.transition === 'submit'
      ? submitted
      : event.transition === 'requestChanges'
        ? changesRequested
        : event.transition === 'publish' && event.fromState !== 'published'
          ? published
          : event.transition === 'retire'
            ? editionRetired
            : null
  if (!run) return doc
  const noticed = await loadNoticed(req.payload, collection, idOf(event.document.value as number), req)
  if (noticed) await run(req.payload, req, noticed, event)
  return doc
}
