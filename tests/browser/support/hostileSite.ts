import { common } from '../../../src/site/text/common'
import { downloads } from '../../../src/site/text/downloads'
import { pdf } from '../../support/files'
import type { HostileInput } from './hostile'

/** Documents of the demo content the site's inputs aim at. */
export type SiteTargets = {
  /** A published curriculum, one of its published versions, and a version of another curriculum. */
  curriculum: string
  curriculumVersion: string
  otherCurriculumVersion: string
  /** A published lesson with editions. */
  lesson: string
  /** A published case study for members alone. */
  membersOnlyCaseStudy: string
  missing: string
}

const upload = (name: string, content: Uint8Array | string, type: string, payload?: string): FormData => {
  const form = new FormData()
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type }), name)
  if (payload !== undefined) form.append('_payload', payload)
  return form
}

/** A file that says it is a PDF and is not one. */
const notAPdf = '<html><script>alert(1)</script></html>'
/** The start of a Windows program. */
const program = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff])

export const uploadInputs = (): HostileInput[] => [
  { what: 'upload: a program', path: '/api/media', as: 'editor', body: upload('setup.exe', program, 'application/octet-stream'), status: 415 },
  { what: 'upload: a program renamed to .pdf', path: '/api/media', as: 'editor', body: upload('report.pdf', program, 'application/pdf'), status: 415 },
  { what: 'upload: a web page renamed to .pdf', path: '/api/media', as: 'editor', body: upload('report.pdf', notAPdf, 'application/pdf'), status: 415 },
  { what: 'upload: an empty file', path: '/api/media', as: 'editor', body: upload('empty.pdf', '', 'application/pdf') },
  { what: 'upload: no file at all', path: '/api/media', as: 'editor', body: (() => { const form = new FormData(); form.append('_payload', '{"alt":"x"}'); return form })() },
  { what: 'upload: form fields that are not JSON', path: '/api/media', as: 'editor', body: upload('report.pdf', notAPdf, 'application/pdf', '{"alt": '), status: 400 },
  { what: 'upload: alt text as a number', path: '/api/media', as: 'editor', json: { alt: 5 }, status: 400 },
  { what: 'upload: a visitor uploads', path: '/api/media', body: upload('report.pdf', pdf(), 'application/pdf'), status: 403 },
  { what: 'upload: a file whose id is a word', path: '/api/media/abc', status: 404 },
]

export const downloadInputs = ({ curriculum, curriculumVersion, otherCurriculumVersion, lesson, membersOnlyCaseStudy, missing }: SiteTargets): HostileInput[] => [
  { what: 'Word download: a members-only case study, for a visitor', path: `/fa/case-studies/${membersOnlyCaseStudy}/download.docx`, status: 404, says: new RegExp(downloads.recordNotFound.fa) },
  { what: 'Word download: an edition that is a word', path: `/fa/lessons/${lesson}/download.docx?edition=garbage`, status: 400, says: new RegExp(downloads.recordBadEdition.fa) },
  { what: 'Word download: a negative edition', path: `/en/lessons/${lesson}/download.docx?edition=-1`, status: 400, says: /edition/ },
  { what: 'Word download: an edition with a script in it', path: `/fa/lessons/${lesson}/download.docx?edition=%3Cscript%3E`, status: 400 },
  { what: 'Word download: two editions', path: `/fa/lessons/${lesson}/download.docx?edition=1&edition=2`, status: 400 },
  { what: 'Word download: an edition of another document', path: `/fa/lessons/${lesson}/download.docx?edition=${curriculumVersion}`, status: 404 },
  { what: 'Word download: a record no document is', path: `/en/case-studies/${missing}/download.docx`, status: 404 },
  { what: 'Word download: a record whose id is a word', path: '/fa/best-practices/abc/download.docx', status: 404 },
  { what: 'Word download: a province, which has no Word file', path: '/fa/provinces/1/download.docx', status: 404 },
  { what: 'download: a version that is a word', path: `/fa/curricula/${curriculum}/download/pdf?version=garbage`, status: 400 },
  { what: 'download: a negative version', path: `/fa/curricula/${curriculum}/download/pdf?version=-1`, status: 400 },
  { what: 'download: a version with a script in it', path: `/fa/curricula/${curriculum}/download/docx?version=%3Cscript%3E`, status: 400 },
  { what: 'download: a version of another curriculum', path: `/fa/curricula/${curriculum}/download/pdf?version=${otherCurriculumVersion}`, status: 404 },
  { what: 'download: a version no document has', path: `/fa/curricula/${curriculum}/download/zip?version=${missing}`, status: 404 },
  { what: 'download: a curriculum whose id is a word', path: '/fa/curricula/abc/download/pdf', status: 404 },
  { what: 'download: a curriculum no document is', path: `/en/curricula/${missing}/download/pdf`, status: 404 },
  { what: 'download: a format that is not offered', path: `/fa/curricula/${curriculum}/download/exe`, status: 400 },
]

/** Citation files: every refusal is plain text that says what is wrong, in the page's language. */
export const citationInputs = ({ lesson, curriculum, otherCurriculumVersion, missing }: SiteTargets): HostileInput[] => [
  { what: 'citation: an edition that is a word', path: `/fa/curricula/${curriculum}/cite.bib?edition=garbage`, status: 400 },
  { what: 'citation: a negative edition', path: `/en/curricula/${curriculum}/cite.ris?edition=-1`, status: 400 },
  { what: 'citation: an edition with a script in it', path: `/fa/lessons/${lesson}/cite.json?edition=%3Cscript%3E`, status: 400 },
  { what: 'citation: two editions', path: `/fa/lessons/${lesson}/cite.json?edition=1&edition=2`, status: 400 },
  { what: 'citation: an edition of another curriculum', path: `/fa/curricula/${curriculum}/cite.bib?edition=${otherCurriculumVersion}`, status: 404 },
  { what: 'citation: an edition no document has', path: `/fa/curricula/${curriculum}/cite.ris?edition=${missing}`, status: 404 },
  { what: 'citation: a document whose id is a word', path: '/fa/lessons/abc/cite.bib', status: 404 },
  { what: 'citation: a document no record is', path: `/en/case-studies/${missing}/cite.json`, status: 404 },
  { what: 'citation: a province, which is no document to cite', path: '/fa/provinces/1/cite.bib', status: 404 },
  { what: 'citation: a collection that does not exist', path: '/fa/recipes/1/cite.bib', status: 404 },
]

/** The site's own 404 page, in either language. */
const notFound = new RegExp(`${common.notFoundTitle.fa}|${common.notFoundTitle.en}`)

export const editionInputs = ({ lesson, curriculum, curriculumVersion, missing }: SiteTargets): HostileInput[] => [
  { what: 'edition: a version that is a word', path: `/fa/lessons/${lesson}/editions/garbage`, status: 404, says: notFound },
  { what: 'edition: a version no document has', path: `/fa/lessons/${lesson}/editions/${missing}`, status: 404, says: notFound },
  { what: 'edition: a version of another document', path: `/fa/lessons/${lesson}/editions/${curriculumVersion}`, status: 404, says: notFound },
  { what: 'compare: from and to that are words', path: `/fa/lessons/${lesson}/editions/compare?from=x&to=y`, status: 404, says: notFound },
  { what: 'compare: a version of another document', path: `/en/curricula/${curriculum}/editions/compare?from=${curriculumVersion}&to=${missing}`, status: 404, says: notFound },
  { what: 'document: an id that is a word', path: '/fa/lessons/abc', status: 404, says: notFound },
  { what: 'document: an id past any number', path: '/fa/case-studies/99999999999999999999999', status: 404, says: notFound },
  { what: 'document: a collection that does not exist', path: '/fa/recipes/1', status: 404, says: notFound },
]

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const asJson = { Accept: 'application/json' }

/** Sign-in with a form that lacks what it needs, a huge body, or odd `next=` values (never a real account's password). */
export const signInInputs = (): HostileInput[] => [
  { what: 'sign-in: no fields', path: '/fa/sign-in/session', body: '', type: 'application/x-www-form-urlencoded', headers: asJson, status: 400 },
  { what: 'sign-in: no password', path: '/fa/sign-in/session', body: form({ email: 'editor@hamafza.test' }), type: 'application/x-www-form-urlencoded', headers: asJson, status: 400 },
  { what: 'sign-in: a body that is not a form', path: '/fa/sign-in/session', body: '{"email": 1}', type: 'application/json', headers: asJson, status: 400 },
  { what: 'sign-in: a 2 MB e-mail address', path: '/en/sign-in/session', body: form({ email: `${'a'.repeat(2 * 1024 * 1024)}@x.test`, password: 'x' }), type: 'application/x-www-form-urlencoded', headers: asJson },
  { what: 'sign-in: an unknown account, next off site', path: '/fa/sign-in/session', body: form({ email: 'nobody@hamafza.test', password: 'x', next: '//evil.example' }), type: 'application/x-www-form-urlencoded', headers: asJson, status: 401 },
  { what: 'sign-in: no fields, next a script', path: '/fa/sign-in/session', body: form({ next: 'javascript:alert(1)' }), type: 'application/x-www-form-urlencoded', headers: asJson, status: 400 },
  { what: 'sign-in: no fields, next 100,000 characters', path: '/fa/sign-in/session', body: form({ next: `/${'a'.repeat(100_000)}` }), type: 'application/x-www-form-urlencoded', headers: asJson, status: 400 },
  { what: 'sign-in: from another site', path: '/fa/sign-in/session', body: form({ email: 'nobody@hamafza.test', password: 'x' }), type: 'application/x-www-form-urlencoded', headers: { ...asJson, Origin: 'https://evil.example' }, status: 403 },
  { what: 'sign-in: a language that does not exist', path: '/de/sign-in/session', body: form({ email: 'a@b.c', password: 'x' }), type: 'application/x-www-form-urlencoded', headers: asJson, status: 404 },
  { what: 'REST log-in: an e-mail as a number', path: '/api/users/login', json: { email: 5, password: 'x' } },
  { what: 'REST log-in: no body', path: '/api/users/login', body: '', type: 'application/json' },
  { what: 'REST log-in: a body that is not JSON', path: '/api/users/login', body: '{"email":', type: 'application/json', status: 400 },
]

/** Offers and needs of the demo content that the exchange's inputs aim at, as the NGO editor of the suite sees them. */
export type ExchangeTargets = {
  /** An open item of another NGO, one of the editor's own NGO and a fulfilled one; a published lesson. */
  othersOpen: string
  own: string
  fulfilled: string
  lesson: string
  missing: string
}

const asForm = { type: 'application/x-www-form-urlencoded', headers: asJson }

export const exchangeInputs = ({ othersOpen, own, fulfilled, missing }: ExchangeTargets): HostileInput[] => [
  { what: 'exchange: a visitor opens an item', path: `/fa/exchange/${othersOpen}`, status: 404 },
  { what: 'exchange: an editor opens an item whose id is a word', path: '/fa/exchange/abc', as: 'editor', status: 404 },
  { what: 'exchange: renewing an id that is a word', path: '/fa/exchange/abc/renew', as: 'editor', body: '', ...asForm, status: 404 },
  { what: 'exchange: a visitor lists the items over REST', path: '/api/offers-and-needs' },
  { what: 'exchange: a visitor reads an item over REST', path: `/api/offers-and-needs/${othersOpen}` },
  { what: 'exchange: an answer with no message', path: `/fa/exchange/${othersOpen}/answer`, as: 'editor', body: form({ message: '  ' }), ...asForm, status: 400, says: /پیام/ },
  { what: 'exchange: an answer of 5,000 characters', path: `/en/exchange/${othersOpen}/answer`, as: 'editor', body: form({ message: 'ب'.repeat(5000) }), ...asForm, status: 400 },
  { what: 'exchange: an answer to the own NGO’s item', path: `/fa/exchange/${own}/answer`, as: 'editor', body: form({ message: 'سلام' }), ...asForm, status: 403 },
  { what: 'exchange: an answer to a fulfilled item', path: `/fa/exchange/${fulfilled}/answer`, as: 'editor', body: form({ message: 'سلام' }), ...asForm, status: 409 },
  { what: 'exchange: an answer to an item that is not there', path: `/fa/exchange/${missing}/answer`, as: 'editor', body: form({ message: 'سلام' }), ...asForm, status: 404 },
  { what: 'exchange: an answer to an id that is a word', path: '/fa/exchange/abc/answer', as: 'editor', body: form({ message: 'سلام' }), ...asForm, status: 404 },
  { what: 'exchange: an answer from another site', path: `/fa/exchange/${othersOpen}/answer`, as: 'editor', body: form({ message: 'سلام' }), type: asForm.type, headers: { ...asJson, Origin: 'https://evil.example' }, status: 403 },
  { what: 'exchange: renewing another NGO’s item', path: `/fa/exchange/${othersOpen}/renew`, as: 'editor', body: '', ...asForm, status: 403 },
  { what: 'exchange: an editor changes another NGO’s item over REST', method: 'PATCH', path: `/api/offers-and-needs/${othersOpen}`, as: 'editor', json: { status: 'withdrawn', closingNote: 'x' }, status: 403 },
  { what: 'exchange: an editor closes the own item without a closing note', method: 'PATCH', path: `/api/offers-and-needs/${own}`, as: 'editor', json: { status: 'fulfilled', closingNote: '' }, status: 400 },
]

export const appliedInputs = ({ lesson, missing }: ExchangeTargets): HostileInput[] => [
  { what: 'lesson applied: a date that is no date', path: `/fa/lessons/${lesson}/applied`, as: 'editor', body: form({ appliedOn: '2025-13-40', result: 'improved', whatHappened: 'کارگاه' }), ...asForm, status: 400 },
  { what: 'lesson applied: a result not on the list', path: `/fa/lessons/${lesson}/applied`, as: 'editor', body: form({ appliedOn: '2025-06-01', result: 'magic', whatHappened: 'کارگاه' }), ...asForm, status: 400 },
  { what: 'lesson applied: nothing said of what happened', path: `/fa/lessons/${lesson}/applied`, as: 'editor', body: form({ appliedOn: '2025-06-01', result: 'improved' }), ...asForm, status: 400 },
  { what: 'lesson applied: a lesson that is not there', path: `/fa/lessons/${missing}/applied`, as: 'editor', body: form({ appliedOn: '2025-06-01', result: 'improved', whatHappened: 'کارگاه' }), ...asForm, status: 404 },
  { what: 'lesson applied: a reviewer, who works for no NGO', path: `/fa/lessons/${lesson}/applied`, as: 'reviewer', body: form({ appliedOn: '2025-06-01', result: 'improved', whatHappened: 'کارگاه' }), ...asForm },
  { what: 'lesson applied: an entry for a missing lesson over REST', path: '/api/lesson-applications', as: 'editor', json: { lesson: 999999999, appliedOn: '2025-06-01', result: 'improved', whatHappened: 'x' } },
]
