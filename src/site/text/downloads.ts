import { pair } from '.'

/** Words of the curriculum downloads: the files themselves (PDF, DOCX, README) and the links to them. */
export const downloads = {
  // the documents
  code: pair('کد', 'Code'),
  edition: pair('ویرایش', 'Edition'),
  editionDate: pair('تاریخ این ویرایش', 'Date of this edition'),
  retired: pair('این ویرایش بازنشسته شده و ویرایش تازه‌تری جای آن را گرفته است.', 'This edition is retired: a newer edition replaces it.'),
  contents: pair('فهرست مطالب', 'Contents'),
  pageOf: pair('صفحه {n} از {total}', 'Page {n} of {total}'),
  licence: pair('مجوز انتشار', 'Licence'),
  allRightsReserved: pair('همه حقوق محفوظ', 'All rights reserved'),
  permalink: pair('پیوند پایدار', 'Permanent link'),
  publisherShort: pair('هم‌افزا', 'Hamafza'),
  publisher: pair('هم‌افزا — دانش مشترک شبکه ملی سازمان‌های مردم‌نهاد اشتغال', "Hamafza — the knowledge commons of Iran's national network of employment NGOs"),
  // README.txt in the ZIP
  readmeIntro: pair('این بسته، برنامه درسی استاندارد زیر را در یک ویرایش مشخص در بر دارد:', 'This bundle holds the following standard curriculum, pinned to one edition:'),
  readmeFiles: pair('پرونده‌ها:', 'Files:'),
  readmePdf: pair('متن برنامه درسی برای چاپ', 'the curriculum, ready to print'),
  readmeDocx: pair('متن برنامه درسی برای ویرایش در واژه‌پرداز', 'the curriculum, to edit in a word processor'),
  readmeAttachment: pair('پیوست', 'attachment'),
  readmeLicence: pair('هنگام استفاده یا بازنشر، نام هم‌افزا، کد و ویرایش برنامه و پیوند پایدار آن را ذکر کنید.', 'When you use or share it, credit Hamafza and give the code, the edition and the permanent link.'),
  // the links on the curriculum page
  downloadsHeading: pair('دریافت برنامه درسی', 'Download this curriculum'),
  downloadsNote: pair('پرونده‌ها همین ویرایش را در بر دارند.', 'The files hold this very edition.'),
  formatPdf: pair('PDF برای چاپ', 'PDF, to print'),
  formatDocx: pair('Word (DOCX) برای ویرایش', 'Word (DOCX), to edit'),
  formatZip: pair('بسته ZIP با پیوست‌ها', 'ZIP bundle with the attachments'),
  languageFa: pair('فارسی', 'Persian'),
  languageEn: pair('انگلیسی', 'English'),
  otherLanguage: pair('همین ویرایش به انگلیسی:', 'This edition in Persian:'),
  otherLanguageName: pair('انگلیسی', 'Persian'),
  noAttachments: pair('بدون پیوست', 'no attachments'),
  attachmentCount: pair('پیوست‌ها', 'attachments'),
  downloadCount: pair('شمار دریافت‌های این ویرایش', 'Downloads of this edition'),
  formatShortPdf: pair('PDF', 'PDF'),
  formatShortDocx: pair('Word', 'Word'),
  formatShortZip: pair('ZIP', 'ZIP'),
  // the Word file of a case study, lesson or best practice, and the link on its page
  recordDownloadHeading: pair('دریافت این سند', 'Download this document'),
  recordDocx: pair('دریافت به صورت Word (DOCX)', 'Download as Word (DOCX)'),
  recordDocxOther: pair('به انگلیسی', 'in Persian'),
  // refusals
  badFormat: pair('قالب ناشناخته است. یکی از pdf، docx یا zip را بخواهید.', 'Unknown format: ask for pdf, docx or zip.'),
  badVersion: pair('این شناسهٔ نسخه نیست: نشانی نسخه را از فهرست نسخه‌های سند بردارید.', 'That is not a version id: take the version’s address from the document’s list of editions.'),
  notFound: pair('این برنامه درسی یا این نسخه از آن پیدا نشد.', 'This curriculum, or this version of it, was not found.'),
  recordNotFound: pair('این سند یا این نسخه از آن پیدا نشد، یا برای خواندن آن باید عضو شبکه باشید و وارد شوید.', 'This document, or this edition of it, was not found, or it is for the network’s members and you need to sign in.'),
  recordBadEdition: pair('این شناسهٔ نسخه نیست: نشانی نسخه را از فهرست نسخه‌های سند بردارید.', 'That is not an edition id: take the edition’s address from the document’s list of editions.'),
  recordTwoEditions: pair('تنها یک نسخه بخواهید.', 'Ask for one edition only.'),
  recordNotOffered: pair('این نوع سند پروندهٔ Word تک‌سندی ندارد؛ برنامه‌های درسی را از صفحهٔ خودشان دریافت کنید.', 'This kind of record has no Word file of its own here; curricula are downloaded from their own page.'),
}
