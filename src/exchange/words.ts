import type { Label } from '../i18n/labels'
import type { Direction, ExchangeKind, ExchangeKindGroup, ExchangeStatus } from './kinds'

const pair = (fa: string, en: string): Label => ({ fa, en })

/** The exchange's own vocabulary, for the admin's options, the site and the e-mails alike. */
export const exchangeWords = {
  directions: { offer: pair('پیشنهاد', 'Offer'), need: pair('نیاز', 'Need') } satisfies Record<Direction, Label>,
  groups: {
    people: pair('نیروی انسانی', 'People'),
    materials: pair('امکانات و مواد', 'Materials'),
    money: pair('منابع مالی', 'Money'),
    other: pair('دیگر', 'Other'),
  } satisfies Record<ExchangeKindGroup, Label>,
  kinds: {
    craftsperson: pair('استادکار', 'Master craftsperson'),
    trainer: pair('مربی', 'Trainer'),
    jobFacilitator: pair('تسهیلگر اشتغال', 'Job facilitator'),
    placementMentor: pair('مربی کارورزی', 'Placement mentor'),
    equipment: pair('تجهیزات', 'Equipment'),
    workshop: pair('کارگاه', 'Workshop'),
    teachingMaterials: pair('مواد آموزشی', 'Teaching materials'),
    coFunding: pair('تأمین مالی مشترک', 'Co-funding'),
    grantPartner: pair('شریک کمک‌بلاعوض', 'Grant partner'),
    other: pair('دیگر', 'Other'),
  } satisfies Record<ExchangeKind, Label>,
  statuses: {
    open: pair('باز', 'Open'),
    inDiscussion: pair('در حال گفت‌وگو', 'In discussion'),
    fulfilled: pair('انجام‌شده', 'Fulfilled'),
    withdrawn: pair('پس‌گرفته', 'Withdrawn'),
    expired: pair('منقضی', 'Expired'),
  } satisfies Record<ExchangeStatus, Label>,
  refusals: {
    notEditor: pair('فقط ویراستاران سازمان‌های عضو می‌توانند پاسخ دهند.', "Only a member NGO's editors can answer."),
    notFound: pair('این پیشنهاد یا نیاز پیدا نشد.', 'This offer or need was not found.'),
    ownItem: pair('این پیشنهاد یا نیاز از سازمان خود شماست؛ به آن پاسخ نمی‌دهید، آن را ویرایش کنید.', "This offer or need is your own NGO's: edit it rather than answer it."),
    closed: pair('این پیشنهاد یا نیاز بسته شده است و پاسخ نمی‌پذیرد.', 'This offer or need is closed and takes no answers.'),
    emptyMessage: pair('پیام خالی است؛ بنویسید چه پیشنهادی دارید.', 'The message is empty: say what you propose.'),
    longMessage: pair('پیام از ۴٬۰۰۰ نویسه بلندتر است.', 'The message is longer than 4,000 characters.'),
    notOwner: pair('فقط ویراستاران همان سازمان می‌توانند آن را تمدید کنند.', "Only the NGO's own editors can renew it."),
  } satisfies Record<string, Label>,
}
