import { pair } from '.'

/** Words of the citation files and of the links to them in "Cite this". */
export const citations = {
  // the links
  filesHeading: pair('دریافت ارجاع همین نسخه', 'Download the citation of this version'),
  filesNote: pair('برای نرم‌افزارهای مدیریت منابع مانند Zotero، EndNote و Mendeley.', 'For reference managers such as Zotero, EndNote and Mendeley.'),
  bib: pair('پرونده BibTeX با پسوند bib، برای LaTeX', 'BibTeX file, extension bib, for LaTeX'),
  ris: pair('پرونده RIS با پسوند ris، برای EndNote، Zotero و Mendeley', 'RIS file, extension ris, for EndNote, Zotero and Mendeley'),
  json: pair('پرونده CSL-JSON با پسوند json، برای Zotero و Pandoc', 'CSL-JSON file, extension json, for Zotero and Pandoc'),
  // the files
  jalaliYear: pair('سال انتشار به تقویم خورشیدی: {year}', 'Published in {year} on the Solar Hijri (Jalali) calendar'),
  // refusals
  notFound: pair(
    'این سند یا این نسخه از آن پیدا نشد. شاید هنوز منتشر نشده یا فقط برای اعضای شبکه باشد.',
    'This document, or this version of it, was not found. It may not be published yet, or it may be for network members only.',
  ),
  notCitable: pair(
    'فقط مطالعات موردی، درس‌آموخته‌ها، تجربه‌های برتر و برنامه‌های درسی ارجاع‌دادنی‌اند.',
    'Only case studies, lessons learned, best practices and curricula can be cited.',
  ),
  badEdition: pair(
    'این شناسهٔ نسخه نیست: پیوند ارجاع را از بخش «ارجاع به این سند» در صفحهٔ سند بردارید.',
    'That is not a version id: take the citation link from the “Cite this” section of the document’s page.',
  ),
}
