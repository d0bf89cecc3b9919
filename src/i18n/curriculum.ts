import type { Label } from './labels'

const pair = (fa: string, en: string): Label => ({ fa, en })

/**
 * Words of a curriculum edition that the page, the PDF and the DOCX all print (field names come from labels.ts),
 * and the names of file kinds as people know them.
 */
export const curriculumWords = {
  about: pair('درباره این برنامه درسی', 'About this curriculum'),
  modulesOverview: pair('پودمان‌ها و ساعت‌ها', 'Modules and hours'),
  moduleCode: pair('کد پودمان', 'Module'),
  moduleTitle: pair('عنوان', 'Title'),
  moduleHours: pair('ساعت', 'Hours'),
  moduleTotal: pair('جمع ساعت پودمان‌ها', 'Total module hours'),
  hoursTotal: pair('جمع ساعت دوره', 'Total course hours'),
  hoursValue: pair('{n} ساعت', '{n} hours'),
  placementDuration: pair('مدت', 'Duration'),
  placementMonthsValue: pair('{n} ماه', '{n} months'),
  mentorRatio: pair('کارآموز به ازای هر استادکار', 'Apprentices per mentor'),
  placementTasks: pair('وظایف کارورزی', 'Placement tasks'),
  placementNone: pair('این دوره کارورزی ندارد.', 'This course has no work placement.'),
  attachments: pair('پیوست‌ها', 'Attachments'),
  organization: pair('سازمان مردم‌نهاد', 'NGO'),
  provinces: pair('استان‌ها', 'Provinces'),
  derivedFrom: pair('برگرفته از', 'Derived from'),
  editionOf: pair('ویرایش {edition}', 'Edition {edition}'),
}

/** File kinds by what people call them, for the media types uploads accept (collections/Media.ts). */
export const fileKinds = {
  pdf: pair('PDF', 'PDF'),
  word: pair('Word', 'Word'),
  powerpoint: pair('PowerPoint', 'PowerPoint'),
  excel: pair('Excel', 'Excel'),
  openDocument: pair('سند OpenDocument', 'OpenDocument text'),
  image: pair('تصویر', 'Image'),
  zip: pair('بسته ZIP', 'ZIP archive'),
  file: pair('پرونده', 'File'),
}

export const fileSizeUnits = {
  bytes: pair('بایت', 'bytes'),
  kilobytes: pair('کیلوبایت', 'KB'),
  megabytes: pair('مگابایت', 'MB'),
}
