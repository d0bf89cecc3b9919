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
