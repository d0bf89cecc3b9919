import type { User } from '../../src/payload-types'
import { ngo } from './organizations'
import { provinceCode } from './provinces'

export type DemoAccount = {
  email: string
  password: string
  fullName: string
  roles: User['roles']
  /** Province codes, for a provincial coordinator. */
  provinces?: string[]
  /** Organization slugs, for an NGO editor. */
  organizations?: string[]
}

/**
 * One account per role, with the passwords the README gives. Demo only: the seed refuses to run
 * in production unless asked, because these passwords are public.
 */
export const demoAccounts = {
  admin: {
    email: 'admin@hamafza.test',
    password: 'hamafza-admin',
    fullName: 'سمیرا رحیمی',
    roles: ['admin'],
  },
  coordinator: {
    email: 'coordinator@hamafza.test',
    password: 'hamafza-coordinator',
    fullName: 'حمید کاظمی',
    roles: ['coordinator'],
    provinces: [provinceCode.kerman, provinceCode.isfahan],
  },
  reviewer: {
    email: 'reviewer@hamafza.test',
    password: 'hamafza-reviewer',
    fullName: 'لیلا مرادی',
    roles: ['reviewer'],
  },
  editor: {
    email: 'editor@hamafza.test',
    password: 'hamafza-editor',
    fullName: 'مریم افشار',
    roles: ['editor'],
    organizations: [ngo.kermanCarpet],
  },
  editor2: {
    email: 'editor2@hamafza.test',
    password: 'hamafza-editor2',
    fullName: 'رضا بیرانوند',
    roles: ['editor'],
    organizations: [ngo.lorestanBees],
  },
  member: {
    email: 'member@hamafza.test',
    password: 'hamafza-member',
    fullName: 'نرگس طاهری',
    roles: ['member'],
  },
} satisfies Record<string, DemoAccount>

export type DemoRole = keyof typeof demoAccounts
