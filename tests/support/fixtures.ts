import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import type { SearchDocument } from '../../src/search/port'

export type Role = 'admin' | 'coordinator' | 'reviewer' | 'editor' | 'member'

/** The cast of the network that tests act as; ids stay opaque. */
export type Cast = {
  provinces: { tehran: number | string; fars: number | string }
  orgs: { roshan: number | string; omid: number | string }
  users: {
    admin: User
    coordinator: User // coordinates Tehran, where Roshan is
    otherCoordinator: User // coordinates Fars, where Omid is
    reviewer: User
    editor: User // edits for Roshan
    otherEditor: User // edits for Omid
    member: User
  }
  passwords: Record<string, string>
}

const password = 'correct-horse-battery'

export const buildCast = async (payload: Payload): Promise<Cast> => {
  const tehran = await payload.create({ collection: 'provinces', data: { name: 'تهران', code: '23' } })
  const fars = await payload.create({ collection: 'provinces', data: { name: 'فارس', code: '07' } })
  const roshan = await payload.create({
    collection: 'organizations',
    data: { name: 'انجمن روشن', slug: 'roshan', province: tehran.id, licenceStage: 'registered', membershipStatus: 'active' },
  })
  const omid = await payload.create({
    collection: 'organizations',
    data: { name: 'مؤسسه امید', slug: 'omid', province: fars.id, licenceStage: 'licensed', membershipStatus: 'active' },
  })
  const user = (email: string, roles: Role[], extra: Partial<User> = {}) =>
    payload.create({
      collection: 'users',
      data: { email, password, fullName: email.split('@')[0]!, roles, ...extra } as never,
    }) as Promise<User>
  const users = {
    admin: await user('admin@test.ir', ['admin']),
    coordinator: await user('coord@test.ir', ['coordinator'], { provinces: [tehran.id] } as Partial<User>),
    otherCoordinator: await user('coord2@test.ir', ['coordinator'], { provinces: [fars.id] } as Partial<User>),
    reviewer: await user('reviewer@test.ir', ['reviewer']),
    editor: await user('editor@test.ir', ['editor'], { organizations: [{ organization: roshan.id }] } as Partial<User>),
    otherEditor: await user('editor2@test.ir', ['editor'], { organizations: [{ organization: omid.id }] } as Partial<User>),
    member: await user('member@test.ir', ['member']),
  }
  return {
    provinces: { tehran: tehran.id, fars: fars.id },
    orgs: { roshan: roshan.id, omid: omid.id },
    users,
    passwords: Object.fromEntries(Object.values(users).map((u) => [u.email, password])),
  }
}

/** Minimal valid data for each knowledge collection, owned by `organization`. */
export const sampleData = (collection: string, organization: number | string, extra: Record<string, unknown> = {}) => {
  const base: Record<string, Record<string, unknown>> = {
    // Consent on file, so that the workflow tests can publish; tests/privacy.test.ts takes it away.
    'case-studies': { title: 'کارگاه قالی‌بافی', outcome: 'success', evidenceType: 'monitoring', consentConfirmed: true },
    lessons: { title: 'درس بازار', rootCause: 'market', lesson: lexical('پیش از آموزش، بازار را بسنجید.') },
    'best-practices': { title: 'همراهی کارفرما', steps: [{ title: 'شناسایی کارفرما' }] },
    curricula: {
      code: 'SOFT-01',
      edition: '1.0',
      title: 'مهارت‌های نرم آمادگی شغلی',
      skillType: 'soft',
      hoursTheory: 20,
      hoursPractice: 40,
      modules: [{ code: 'M1', title: 'اعتمادبه‌نفس', hours: 10 }],
      placement: { months: 4 },
    },
  }
  return { ...base[collection], organization, ...extra }
}

/** A one-paragraph Lexical document. */
export const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'rtl',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'rtl',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

/** An index entry titled «نشت» for a record the database does not hold: what reconciliation must remove. */
export const leakedEntry = (id: string): SearchDocument => ({
  id,
  type: id.split(':')[0]!,
  title: { fa: 'نشت' },
  summary: {},
  body: {},
  provinces: [],
  targetGroups: [],
  stages: [],
  topics: [],
  fundingInstruments: [],
  visibility: 'public',
  url: '/x',
  publishedAt: 1,
  updatedAt: 1,
})
