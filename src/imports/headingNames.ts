import { labels } from '../i18n/labels'

/** A field's own label in both languages: the heading the network's Word downloads give it (src/downloads/recordDocx.ts). */
const label = (key: keyof typeof labels) => [labels[key].fa, labels[key].en] as const

/**
 * The headings an imported Word document may use for a collection's own fields, in Persian and English.
 * They are compared as search compares words (src/search/normalize.ts), so «نتايج» and «نتایج», a
 * half-space or none, a trailing colon or a number in front all match.
 */
export const headingNames = {
  'case-studies': {
    summary: ['خلاصه', 'چکیده', 'summary', 'abstract', ...label('summary')],
    context: ['زمینه', 'بافت', 'پیشینه', 'زمینه و مسئله', 'context', 'background', ...label('context')],
    intervention: ['مداخله', 'اقدام', 'اقدامات', 'آنچه انجام شد', 'intervention', 'what we did', 'approach', ...label('intervention')],
    results: ['نتایج', 'نتیجه', 'دستاوردها', 'یافته‌ها', 'پیامدها', 'results', 'outcomes', 'findings', ...label('results')],
  },
  lessons: {
    observation: ['مشاهده', 'مشاهدات', 'آنچه دیدیم', 'observation', 'what we saw', ...label('observation')],
    lesson: ['درس', 'درس آموخته', 'درس‌آموخته', 'آموخته', 'lesson', 'lesson learned', 'the lesson', ...label('lessonText')],
    'recommendation.action': ['توصیه', 'توصیه‌ها', 'پیشنهاد', 'پیشنهادها', 'recommendation', 'recommendations', ...label('recommendation')],
    applicability: ['کاربرد', 'قابلیت کاربرد', 'applicability', ...label('applicability')],
  },
  'best-practices': {
    summary: ['خلاصه', 'چکیده', 'summary', ...label('summary')],
    transferConditions: ['شرایط انتقال', 'شرایط به‌کارگیری', 'transfer conditions', 'conditions for transfer', ...label('transferConditions')],
    resourcesNeeded: ['منابع لازم', 'منابع مورد نیاز', 'منابع', 'resources needed', 'resources', ...label('resourcesNeeded')],
  },
  curricula: {
    summary: ['خلاصه', 'چکیده', 'summary'],
    entryRequirements: ['پیش‌نیازها', 'شرایط ورود', 'entry requirements', 'prerequisites'],
    accessibility: ['دسترس‌پذیری', 'تسهیلات دسترسی', 'accessibility'],
    trainerQualifications: ['صلاحیت مربی', 'صلاحیت‌های مربی', 'trainer qualifications'],
    certification: ['ارزشیابی و گواهی', 'گواهی', 'certification'],
  },
} as const

/** The title of the part of a document that comes before its first module or step. */
export const introductionTitle = { fa: 'مقدمه', en: 'Introduction' } as const
