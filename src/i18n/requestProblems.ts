import type { PayloadRequest } from 'payload'

import { formatNumber } from './dates'
import type { Label } from './labels'

const pair = (fa: string, en: string): Label => ({ fa, en })

/**
 * What is wrong with a request to the REST or GraphQL API, in the request's language (Payload's own
 * choice: the admin's language, else Accept-Language, else Persian). `{name}`, `{value}` and `{max}` are
 * filled in by `requestProblem`.
 */
export const requestProblems = {
  // bodies
  bodyNotJson: pair('بدنهٔ درخواست JSON درست نیست: {value}', 'The body is not valid JSON: {value}'),
  bodyTooLarge: pair('بدنهٔ درخواست بزرگ‌تر از {max} مگابایت است.', 'The body is larger than {max} MB.'),
  bodyTooDeep: pair('بدنهٔ درخواست بیش از {max} لایهٔ تو در تو دارد.', 'The body is nested more than {max} levels deep.'),
  bodyNotObject: pair('بدنهٔ درخواست باید یک شیء JSON باشد.', 'The body must be a JSON object.'),
  bodyEmptyGraphql: pair('درخواست GraphQL باید شیئی با query باشد.', 'A GraphQL request is an object with a query.'),
  // values of fields
  text: pair('باید متن باشد.', 'Must be text.'),
  texts: pair('باید فهرستی از متن‌ها باشد.', 'Must be a list of texts.'),
  number: pair('باید عدد باشد.', 'Must be a number.'),
  numbers: pair('باید فهرستی از عددها باشد.', 'Must be a list of numbers.'),
  checkbox: pair('باید true یا false باشد.', 'Must be true or false.'),
  date: pair('باید تاریخ باشد (مانند 2025-03-21).', 'Must be a date (such as 2025-03-21).'),
  option: pair('باید نام یکی از گزینه‌ها باشد.', 'Must be the name of one of the options.'),
  options: pair('باید فهرستی از نام گزینه‌ها باشد.', 'Must be a list of option names.'),
  reference: pair('باید شناسهٔ یک سند باشد.', 'Must be the id of a document.'),
  references: pair('باید فهرستی از شناسهٔ سندها باشد.', 'Must be a list of document ids.'),
  missingReference: pair('سندی با شناسهٔ {value} در {name} نیست.', 'There is no document {value} in {name}.'),
  group: pair('باید شیئی با زیرفیلدهایش باشد.', 'Must be an object of its fields.'),
  rows: pair('باید فهرستی از ردیف‌ها (شیء) باشد.', 'Must be a list of rows (objects).'),
  blocks: pair('باید فهرستی از بلوک‌ها با blockType شناخته باشد.', 'Must be a list of blocks with a known blockType.'),
  richText: pair('باید متن غنی (شیئی با root و children) باشد.', 'Must be rich text (an object with root and children).'),
  point: pair('باید جفتی از دو عدد باشد.', 'Must be a pair of numbers.'),
  // queries
  queryValue: pair('{name} مقدار پذیرفتنی ندارد: {value}', '{name} has a value it cannot take: {value}'),
  queryOnce: pair('{name} را یک بار بدهید.', 'Give {name} once.'),
  queryNotId: pair('{name} شناسهٔ سند می‌خواهد و «{value}» شناسه نیست.', '{name} takes document ids, and “{value}” is not one.'),
  queryNotDate: pair('{name} تاریخ می‌خواهد و «{value}» تاریخ نیست.', '{name} takes dates, and “{value}” is not one.'),
  queryNotNumber: pair('{name} عدد می‌خواهد و «{value}» عدد نیست.', '{name} takes numbers, and “{value}” is not one.'),
  queryNotBoolean: pair('{name} فقط true یا false می‌پذیرد.', '{name} takes true or false only.'),
  queryPointOnly: pair('{name}: این عملگر فقط برای مکان‌ها (فیلد point) است.', '{name}: this operator is for places (point fields) only.'),
  queryThroughJoin: pair('این مسیر را نمی‌توان پرسید: {name}', 'The following path cannot be queried: {name}'),
  queryShape: pair('{name} باید شرطی به شکل where[field][operator]=value باشد.', '{name} must be conditions such as where[field][operator]=value.'),
  wholeNumber: pair('{name} باید عددی درست و نامنفی باشد.', '{name} must be a whole number, 0 or more.'),
  jobsServerOnly: pair('صف کارها از آنِ خود سرور است: هیچ درخواستی کاری در صف نمی‌گذارد، اجرا نمی‌کند یا لغو نمی‌کند.', 'The jobs queue is the server’s own: no request may queue, run or cancel a job.'),
  organizationFixed: pair(
    'سازمان (NGO) صاحب سند را فقط مدیر شبکه تغییر می‌دهد؛ سند در سازمان خود ماند.',
    'Only a network admin may move a document to another NGO; it stays with its own.',
  ),
  lessonNotPublished: pair(
    'درس آموختهٔ {value} منتشر نشده است (یا نیست): فقط درس منتشرشده را می‌توان به کار بست.',
    'Lesson {value} is not published (or does not exist): only a published lesson can be marked applied.',
  ),
  signInThrottled: pair(
    'از این نشانی {max} بار پیاپی ورود ناموفق بوده است؛ {value} دقیقهٔ دیگر دوباره بکوشید.',
    'There were {max} failed sign-ins from this address; try again in {value} minutes.',
  ),
  signInLocked: pair(
    'این حساب پس از {max} ورود ناموفق برای مدتی قفل است؛ {value} دقیقهٔ دیگر دوباره بکوشید، یا از دستگاهی که پیش‌تر با آن وارد شده‌اید.',
    'This account is locked for a while after {max} failed sign-ins; try again in {value} minutes, or from a device you signed in from before.',
  ),
  locale: pair('زبان «{value}» در این شبکه نیست؛ زبان‌ها: fa، en.', 'There is no language “{value}” here; the languages are fa and en.'),
}

export type RequestProblem = keyof typeof requestProblems

type Blanks = { name?: string; value?: unknown; max?: number }

/** One problem in the request's language (as Payload chose it, `req.i18n`; Persian when there is none), its blanks filled in. */
export const requestProblem = (req: Pick<PayloadRequest, 'i18n'> | undefined, problem: RequestProblem, blanks: Blanks = {}): string =>
  requestProblemIn(req?.i18n?.language === 'en' ? 'en' : 'fa', problem, blanks)

export const requestProblemIn = (language: 'fa' | 'en', problem: RequestProblem, { name = '', value = '', max }: Blanks = {}): string => {
  const shown = String(typeof value === 'object' ? JSON.stringify(value) : value)
  return requestProblems[problem][language]
    .replace('{name}', name)
    .replace('{value}', shown.length > 80 ? `${shown.slice(0, 80)}…` : shown)
    .replace('{max}', max === undefined ? '' : formatNumber(max, language))
}
