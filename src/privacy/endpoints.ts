import { headersWithCors, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole, userOf, type NetworkUser } from '../access/roles'
import { identifierCheckAnswers } from '../i18n/privacyMessages'
import { requestLanguage } from '../i18n/requestLanguage'
import { canApprove, isEditorOf } from '../workflow/transitions'
import { acceptancesOf, recordAcceptance, type Acceptance } from './acceptances'
import { labelText } from './documentText'
import { canonicalIdentifier, identifierKey } from './identifiers'
import { scanDocument } from './scan'

const answer = (req: PayloadRequest, status: number, body: unknown) =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })

const refuse = (req: PayloadRequest, status: number, message: string) => answer(req, status, { errors: [{ message }] })

type Doc = { id: number | string; organization?: unknown; provinces?: unknown; workflowState?: null | string; consentConfirmed?: boolean | null }

const scopeOf = (slug: string, doc: Doc) => ({ collection: slug, organization: doc.organization as never, provinces: doc.provinces as never })

/**
 * The document (its latest version, drafts included) for the people who work on it: its NGO's editors and
 * those who may approve it. Anyone else learns nothing of it, not even that it exists.
 */
const documentFor = async (req: PayloadRequest, slug: CollectionSlug): Promise<{ user: NetworkUser; doc: Doc } | Response> => {
  const words = identifierCheckAnswers
  const language = requestLanguage(req)
  const user = userOf({ req })
  if (!user) return refuse(req, 401, words.signInRequired[language])
  // Members read what is published; the checks are for the people who write, review and approve.
  if (!hasRole(user, 'admin', 'reviewer', 'coordinator', 'editor')) return refuse(req, 403, words.mayNotRead[language])
  const id = req.routeParams?.id as number | string | undefined
  const doc =
    id == null
      ? null
      : ((await req.payload
          .findByID({ collection: slug as 'case-studies', id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
          .catch(() => null)) as Doc | null)
  if (!doc) return refuse(req, 404, words.notFound[language])
  const scope = scopeOf(slug, doc)
  if (!canApprove(user, scope) && !isEditorOf(user, scope)) return refuse(req, 404, words.notFound[language])
  return { user, doc }
}

/** Names of the people who accepted, for the admin's list (no other detail of their accounts). */
const namesOf = async (req: PayloadRequest, acceptances: Acceptance[]) => {
  const ids = [...new Set(acceptances.map((a) => a.by).filter((by) => by != null))]
  if (ids.length === 0) return new Map<string, string>()
  const { docs } = await req.payload.find({ collection: 'users', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req })
  return new Map(docs.map((user) => [String(user.id), user.fullName || user.email]))
}

/**
 * `GET /api/<collection>/:id/identifier-checks`: what the publish check finds in the document, field by
 * field, with the acceptances recorded so far and whether the caller may accept.
 * `POST` with `{ "match": "…", "reason": "…" }`: an approver records that a match was checked.
 */
export const identifierCheckEndpoints = (slug: CollectionSlug): Endpoint[] => [
  {
    path: '/:id/identifier-checks',
    method: 'get',
    handler: async (req) => {
      const found = await documentFor(req, slug)
      if (found instanceof Response) return found
      const { user, doc } = found
      const language = requestLanguage(req)
      const collection = req.payload.collections[slug].config
      const [findings, acceptances] = await Promise.all([scanDocument({ req, collection, id: doc.id }), acceptancesOf(req, slug, doc.id)])
      const names = await namesOf(req, [...acceptances.values()])
      const withName = (a: Acceptance | null) => a && { text: a.text, kind: a.kind, by: a.by, byName: a.by == null ? null : (names.get(String(a.by)) ?? null), at: a.at, reason: a.reason }
      return answer(req, 200, {
        canAccept: canApprove(user, scopeOf(slug, doc)),
        consentConfirmed: Boolean(doc.consentConfirmed),
        findings: findings.map((finding) => ({
          path: finding.path,
          field: labelText(finding.label, finding.path, language),
          locale: finding.locale,
          matches: finding.matches.map((match) => ({ kind: match.kind, text: match.text, accepted: withName(match.accepted) })),
        })),
        // Every acceptance on record, and whether the current text still holds it.
        accepted: [...acceptances.values()].map((a) => ({
          ...withName(a),
          inText: findings.some((finding) => finding.matches.some((match) => match.accepted?.event === a.event)),
        })),
      })
    },
  },
  {
    path: '/:id/identifier-checks',
    method: 'post',
    handler: async (req) => {
      const words = identifierCheckAnswers
      const language = requestLanguage(req)
      let body: { match?: unknown; reason?: unknown } | null
      try {
        body = JSON.parse((await req.text?.()) || '{}') as typeof body
      } catch {
        body = null
      }
      const found = await documentFor(req, slug)
      if (found instanceof Response) return found
      const { user, doc } = found
      if (!canApprove(user, scopeOf(slug, doc))) return refuse(req, 403, words.mayNotAccept[language])
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(req, 400, words.badBody[language])
      const match = typeof body.match === 'string' ? body.match.trim() : ''
      const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
      if (!match) return refuse(req, 400, words.matchRequired[language])
      if (!reason) return refuse(req, 400, words.reasonRequired[language])

      // Only what the check really finds in the current text may be accepted, by its exact text or its canonical form.
      const canonical = canonicalIdentifier(match)
      const collection = req.payload.collections[slug].config
      const findings = await scanDocument({ req, collection, id: doc.id })
      const candidate = findings
        .flatMap((finding) => finding.matches)
        .find((m) => m.text === match || (canonical != null && identifierKey(m) === identifierKey(canonical)))
      if (!candidate) return refuse(req, 400, words.notInText[language](match))
      if (candidate.accepted) return answer(req, 200, { accepted: candidate.accepted })

      const event = await recordAcceptance(req, { collection: slug, document: doc, match: candidate, reason, user })
      return answer(req, 201, { accepted: { event: event.id, text: candidate.text, kind: candidate.kind, by: user.id, at: event.createdAt, reason } })
    },
  },
]
