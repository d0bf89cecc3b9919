import { pair } from '.'

/**
 * Words of the OAI-PMH interface (/oai): the repository's name, the names of its sets, and the messages of its
 * errors, which a harvester's operator reads. `{name}` and `{value}` are filled in by the answer.
 */
export const oaiText = {
  repositoryName: pair('هم‌افزا — دانش مشترک شبکه ملی سازمان‌های مردم‌نهاد اشتغال', "Hamafza — the knowledge commons of Iran's national network of employment NGOs"),
  provinceSet: pair('استان {name}', 'Province: {name}'),
  badVerbMissing: pair('درخواست فعل (verb) ندارد.', 'The request has no verb.'),
  badVerbRepeated: pair('فعل (verb) بیش از یک بار آمده است.', 'The verb is given more than once.'),
  badVerbUnknown: pair('«{value}» یکی از فعل‌های OAI-PMH نیست.', '"{value}" is not an OAI-PMH verb.'),
  badPostType: pair('درخواست POST باید از نوع application/x-www-form-urlencoded باشد.', 'A POST request must be application/x-www-form-urlencoded.'),
  repeatedArgument: pair('آرگومان «{name}» بیش از یک بار آمده است.', 'The argument "{name}" is given more than once.'),
  illegalArgument: pair('فعل {value} آرگومان «{name}» را نمی‌پذیرد.', 'The verb {value} does not take the argument "{name}".'),
  missingArgument: pair('فعل {value} به آرگومان «{name}» نیاز دارد.', 'The verb {value} needs the argument "{name}".'),
  exclusiveToken: pair('resumptionToken باید تنها آرگومان درخواست در کنار verb باشد.', 'resumptionToken must be the only argument besides the verb.'),
  badDate: pair('«{value}» در «{name}» تاریخ UTC به شکل YYYY-MM-DD یا YYYY-MM-DDThh:mm:ssZ نیست.', '"{value}" in "{name}" is not a UTC date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.'),
  mixedGranularity: pair('from و until باید با یک دقت (روز یا ثانیه) نوشته شوند.', 'from and until must have the same granularity (day or second).'),
  fromAfterUntil: pair('from پس از until است.', 'from is later than until.'),
  badPrefix: pair('«{value}» پیشوند فراداده معتبری نیست.', '"{value}" is not a valid metadata prefix.'),
  badSet: pair('«{value}» نام معتبری برای مجموعه (setSpec) نیست.', '"{value}" is not a valid setSpec.'),
  badIdentifier: pair('«{value}» شناسه معتبری نیست.', '"{value}" is not a valid identifier.'),
  cannotDisseminateFormat: pair('این مخزن فقط قالب oai_dc (دوبلین کور) را ارائه می‌کند، نه «{value}».', 'This repository disseminates oai_dc (Dublin Core) only, not "{value}".'),
  badResumptionToken: pair('این resumptionToken نامعتبر است یا به این فعل تعلق ندارد.', 'This resumptionToken is not valid, or not for this verb.'),
  noSetsToResume: pair('فهرست مجموعه‌ها یک‌جا داده می‌شود و resumptionToken ندارد.', 'The list of sets comes whole and has no resumptionToken.'),
  idDoesNotExist: pair('رکوردی با شناسه «{value}» در این مخزن نیست.', 'No record of this repository has the identifier "{value}".'),
  noRecordsMatch: pair('هیچ رکوردی با این درخواست جور نیست.', 'No record matches this request.'),
}
