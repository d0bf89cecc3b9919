/**
 * The words of the beneficiary-privacy check: a case study refused publication, and the answers of the
 * identifier checks. Persian first; English for a request made in English.
 */
import type { Language, Words } from './requestLanguage'

export type IdentifierKind = 'nationalId' | 'mobile' | 'email'

const identifierNames: Record<IdentifierKind, Record<Language, string>> = {
  nationalId: { fa: 'کد ملی', en: 'national ID' },
  mobile: { fa: 'شماره تلفن همراه', en: 'mobile number' },
  email: { fa: 'نشانی رایانامه شخصی', en: 'personal e-mail address' },
}

const localeNames: Record<string, Record<Language, string>> = {
  fa: { fa: 'فارسی', en: 'Persian' },
  en: { fa: 'انگلیسی', en: 'English' },
}

/** One found identifier, as a refusal lists it: «۰۹۱۲ ۳۴۵ ۶۷۸۹» (شماره تلفن همراه). */
const foundItem: Words<[text: string, kind: IdentifierKind]> = {
  fa: (text, kind) => `«${text}» (${identifierNames[kind].fa})`,
  en: (text, kind) => `"${text}" (${identifierNames[kind].en})`,
}

export const privacyRefusals = {
  consentRequired: {
    fa: () =>
      'مطالعه موردی تا تأیید رضایت آگاهانه مددجویان منتشر نمی‌شود: پس از اطمینان از رضایت، گزینه «رضایت آگاهانه مددجویان تأیید شده است» را علامت بزنید.',
    en: () =>
      'A case study is not published until beneficiary consent is confirmed: tick "Beneficiary consent confirmed" once consent is on file.',
  } satisfies Words<[]>,
  identifiersFound: {
    fa: (field: string, locale: string | null, found: string[]) =>
      `«${field}»${locale ? ` (${localeNames[locale]?.fa ?? locale})` : ''} چیزی دارد که به شناسه یک شخص می‌ماند: ${found.join('، ')}. پیش از انتشار آن را حذف کنید، یا بازبین پس از بررسی آن را در «بررسی شناسه‌های شخصی» بپذیرد.`,
    en: (field: string, locale: string | null, found: string[]) =>
      `${field}${locale ? ` (${localeNames[locale]?.en ?? locale})` : ''} holds what looks like a person's identifier: ${found.join(', ')}. Remove it before publishing, or have a reviewer check it and accept it under "Personal identifier checks".`,
  },
  foundItem,
}

/** Answers of the identifier-checks endpoint. */
export const identifierCheckAnswers = {
  signInRequired: { fa: 'برای بررسی شناسه‌ها وارد شوید.', en: 'Sign in to check identifiers.' },
  notFound: { fa: 'این مطالعه موردی پیدا نشد.', en: 'This case study was not found.' },
  mayNotAccept: {
    fa: 'فقط کسی که اجازه تأیید و انتشار این سند را دارد (بازبین، مدیر شبکه یا هماهنگ‌کننده استان آن) می‌تواند شناسه‌ای را پس از بررسی بپذیرد.',
    en: 'Only someone who may approve this document (a reviewer, a network admin or its provincial coordinator) may accept an identifier after checking it.',
  },
  mayNotRead: {
    fa: 'بررسی شناسه‌ها فقط برای کسانی است که روی این سند کار می‌کنند.',
    en: 'Identifier checks are for the people who work on this document.',
  },
  matchRequired: { fa: 'شناسه‌ای را که بررسی کرده‌اید نام ببرید (match).', en: 'Name the identifier you checked (match).' },
  reasonRequired: {
    fa: 'بنویسید چرا این شناسه می‌تواند منتشر شود (reason)، مثلاً «شماره عمومی دفتر مؤسسه است».',
    en: 'Say why this identifier may be published (reason), for example "the NGO office\'s public number".',
  },
  notInText: {
    fa: (match: string) => `«${match}» در متن کنونی این سند به‌عنوان شناسه شخصی پیدا نشد.`,
    en: (match: string) => `"${match}" is not found as a personal identifier in this document's current text.`,
  },
  badBody: { fa: 'بدنه درخواست باید JSON با match و reason باشد.', en: 'The request body must be JSON with match and reason.' },
}
