import type { User } from '../payload-types'
import type { NetworkUser } from '../access/roles'
import { siteAddress } from './address'
import { settingOf, type MailKind, type MailLanguage } from './kinds'
import { mailWords } from './words'

/** The language a person reads their e-mail in: their own choice, Persian unless they chose English. */
export const languageOf = (user: Pick<User, 'language'> | null | undefined): MailLanguage => (user?.language === 'en' ? 'en' : 'fa')

/** Whether a person wants this kind of notice; account mail always goes. */
export const wants = (user: Pick<User, 'notices'>, kind: MailKind): boolean => {
  const setting = settingOf[kind]
  if (!setting) return true
  return user.notices?.[setting] !== false
}

const staff = (user: Pick<User, 'roles'>) => (user.roles ?? []).some((role) => role !== 'member')

/**
 * Where a person changes which notices they receive: the account page of the admin for those who work
 * there, the public site's notices page for members (who have no admin).
 */
export const settingsLink = (user: Pick<User, 'roles' | 'language'>) => {
  const language = languageOf(user)
  return {
    label: mailWords[language].settings,
    url: staff(user) ? `${siteAddress()}/admin/account` : `${siteAddress()}/${language}/notices`,
  }
}

export const greetingName = (user: Pick<User, 'fullName' | 'email'>) => user.fullName?.trim() || user.email

/** A signed-in principal as the access rules see it, from a stored user. */
export const asPrincipal = (user: User): NetworkUser & { collection: 'users' } => ({ ...(user as unknown as NetworkUser), collection: 'users' })
