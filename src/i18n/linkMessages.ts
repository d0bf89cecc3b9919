/** The words of a refused link or website address, Persian first; English for a request made in English. */
import type { UrlProblem } from '../links/safeUrl'
import type { Language, Words } from './requestLanguage'

const links: Record<'link' | 'website', Record<UrlProblem, Words<[address: string, scheme: string]>>> = {
  link: {
    empty: { fa: () => 'نشانی پیوند را بنویسید.', en: () => 'Write the address of the link.' },
    tooLong: { fa: () => 'نشانی پیوند بیش از ۲۰۴۸ نویسه است.', en: () => 'The link address is longer than 2,048 characters.' },
    hiddenCharacters: {
      fa: (a) => `نشانی پیوند «${a}» فاصله، نویسه کنترلی یا نویسه نامرئی جهت متن دارد؛ آن را بدون این نویسه‌ها بنویسید (فاصله را %20 بنویسید).`,
      en: (a) => `The link address "${a}" holds spaces, control characters or invisible direction marks; write it without them (a space is %20).`,
    },
    scheme: {
      fa: (a, s) => `پیوند «${a}» پذیرفته نیست: پیوندها فقط با http:، https:، mailto: یا tel: یا نشانی صفحه‌ای از همین سایت (آغازشده با /) ساخته می‌شوند، نه با «${s}:».`,
      en: (a, s) => `The link "${a}" is refused: links may use only http:, https:, mailto: or tel:, or a page of this site starting with /, not "${s}:".`,
    },
    notAnAddress: {
      fa: (a) => `«${a}» نشانی کامل نیست: آن را با https:// (یا mailto:، tel:) یا برای صفحه‌ای از همین سایت با / آغاز کنید.`,
      en: (a) => `"${a}" is not a full address: start it with https:// (or mailto:, tel:), or with / for a page of this site.`,
    },
    noHost: {
      fa: (a) => `در نشانی پیوند «${a}» نام سایت نیامده است.`,
      en: (a) => `The link address "${a}" names no site.`,
    },
  },
  website: {
    empty: { fa: () => 'نشانی وبگاه را بنویسید.', en: () => 'Write the website address.' },
    tooLong: { fa: () => 'نشانی وبگاه بیش از ۲۰۴۸ نویسه است.', en: () => 'The website address is longer than 2,048 characters.' },
    hiddenCharacters: {
      fa: (a) => `نشانی وبگاه «${a}» فاصله، نویسه کنترلی یا نویسه نامرئی جهت متن دارد.`,
      en: (a) => `The website address "${a}" holds spaces, control characters or invisible direction marks.`,
    },
    scheme: {
      fa: (a, s) => `نشانی وبگاه «${a}» پذیرفته نیست: نشانی وبگاه با http:// یا https:// آغاز می‌شود، نه با «${s}:».`,
      en: (a, s) => `The website address "${a}" is refused: a website address starts with http:// or https://, not "${s}:".`,
    },
    notAnAddress: {
      fa: (a) => `«${a}» نشانی کامل وبگاه نیست: نشانی وبگاه با http:// یا https:// آغاز می‌شود.`,
      en: (a) => `"${a}" is not a full website address: a website address starts with http:// or https://.`,
    },
    noHost: {
      fa: (a) => `در نشانی وبگاه «${a}» نام سایت نیامده است.`,
      en: (a) => `The website address "${a}" names no site.`,
    },
  },
}

/** Why an address was refused, for a link in rich text or a website field. */
export const urlRefusal = (
  field: 'link' | 'website',
  problem: UrlProblem,
  language: Language,
  address: string,
  scheme = '',
): string => links[field][problem][language](address.length > 200 ? `${address.slice(0, 200)}…` : address, scheme)
