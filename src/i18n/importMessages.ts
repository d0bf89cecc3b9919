/**
 * The words of importing: refusals of a Word file or a sheet of records, and the report's lines.
 * Persian first; English for a request made in English.
 */
const megabytes = (bytes: number, language: 'fa' | 'en') =>
  language === 'fa' ? (bytes / 1048576).toLocaleString('fa-IR', { maximumFractionDigits: 1 }) : (bytes / 1048576).toFixed(1)

export const importRefusals = {
  noFile: { fa: () => 'پرونده‌ای فرستاده نشد: یک پرونده Word (.docx) در فیلد «file» بفرستید.', en: () => 'No file was sent: send a Word (.docx) file in the "file" field.' },
  tooLarge: {
    fa: (name: string, bytes: number) => `«${name}» ${megabytes(bytes, 'fa')} مگابایت است؛ بیشینه ۵۰ مگابایت است.`,
    en: (name: string, bytes: number) => `"${name}" is ${megabytes(bytes, 'en')} MB; the limit is 50 MB.`,
  },
  tooLargeUnknown: { fa: () => 'پرونده از بیشینه ۵۰ مگابایت بزرگ‌تر است.', en: () => 'The file is over the 50 MB limit.' },
  notWord: {
    fa: (name: string, found: string) => `«${name}» پرونده Word (.docx) نیست${found ? `؛ محتوای آن ${found} است` : ''}.`,
    en: (name: string, found: string) => `"${name}" is not a Word (.docx) file${found ? `; it contains ${found}` : ''}.`,
  },
  unreadable: {
    fa: (name: string) => `«${name}» خوانده نشد: پرونده Word آسیب دیده است.`,
    en: (name: string) => `"${name}" could not be read: the Word file is damaged.`,
  },
  empty: { fa: (name: string) => `«${name}» متنی ندارد.`, en: (name: string) => `"${name}" holds no text.` },
  notImportable: {
    fa: (collection: string) => `به «${collection}» نمی‌توان پرونده Word وارد کرد.`,
    en: (collection: string) => `Word files cannot be imported into "${collection}".`,
  },
  signInRequired: { fa: () => 'برای وارد کردن باید وارد حساب خود شوید.', en: () => 'Sign in to import.' },
  mayNotImport: {
    fa: () => 'وارد کردن پیش‌نویس تنها برای ویراستاران سازمان‌ها و مدیران شبکه است.',
    en: () => 'Only NGO editors and network admins import drafts.',
  },
  organizationRequired: {
    fa: () => 'سازمانی را که پیش‌نویس از آن اوست در «organization» نام ببرید.',
    en: () => 'Name the organization the draft belongs to in "organization".',
  },
  notYourOrganization: {
    fa: () => 'تنها می‌توانید برای سازمان خودتان پیش‌نویس وارد کنید.',
    en: () => 'You can import drafts only into your own organization.',
  },
  duplicateTitle: {
    fa: (title: string) => `سندی با عنوان «${title}» در این سازمان هست؛ چیزی ساخته نشد.`,
    en: (title: string) => `A document titled "${title}" already exists in this organization; nothing was created.`,
  },
  badFields: {
    fa: () => '«_payload» باید یک شیء JSON از مقدار فیلدها باشد.',
    en: () => '"_payload" must be a JSON object of field values.',
  },
  unknownColumns: {
    fa: (columns: string, known: string) => `ستون‌های ناشناخته: ${columns}؛ ستون‌های شناخته: ${known}. چیزی ساخته نشد.`,
    en: (columns: string, known: string) => `Unknown columns: ${columns}; known columns: ${known}. Nothing was created.`,
  },
  titleColumnMissing: {
    fa: () => 'ستون «title» نیست؛ هر سطر عنوانی می‌خواهد. چیزی ساخته نشد.',
    en: () => 'There is no "title" column; every row needs a title. Nothing was created.',
  },
  unreadableRecords: {
    fa: (name: string, why: string) => `«${name}» خوانده نشد (${why}). چیزی ساخته نشد.`,
    en: (name: string, why: string) => `"${name}" could not be read (${why}). Nothing was created.`,
  },
  recordsNotSupported: {
    fa: (collection: string) => `سطرهای «${collection}» را نمی‌توان از CSV یا JSON وارد کرد؛ پرونده Word آن را وارد کنید.`,
    en: (collection: string) => `"${collection}" cannot be imported from CSV or JSON rows; import its Word file instead.`,
  },
}

export type ImportRefusalKey = keyof typeof importRefusals
