/**
 * The headings an imported Word document may use for a collection's own fields, in Persian and English.
 * They are compared as search compares words (src/search/normalize.ts), so «نتايج» and «نتایج», a
 * half-space or none, a trailing colon or a number in front all match.
 */
export const headingNames = {
  'case-studies': {
    summary: ['خلاصه', 'چکیده', 'summary', 'abstract'],
    context: ['زمینه', 'بافت', 'پیشینه', 'زمینه و مسئله', 'context', 'background'],
    intervention: ['مداخله', 'اقدام', 'اقدامات', 'آنچه انجام شد', 'intervention', 'what we did', 'approach'],
    results: ['نتایج', 'نتیجه', 'دستاوردها', 'یافته‌ها', 'پیامدها', 'results', 'outcomes', 'findings'],
  },
  lessons: {
    observation: ['مشاهده', 'مشاهدات', 'آنچه دیدیم', 'observation', 'what we saw'],
    lesson: ['درس', 'درس آموخته', 'درس‌آموخته', 'آموخته', 'lesson', 'lesson learned', 'the lesson'],
    'recommendation.action': ['توصیه', 'توصیه‌ها', 'پیشنهاد', 'پیشنهادها', 'recommendation', 'recommendations'],
    applicability: ['کاربرد', 'قابلیت کاربرد', 'applicability'],
  },
  'best-practices': {
    summary: ['خلاصه', 'چکیده', 'summary'],
    transferConditions: ['شرایط انتقال', 'شرایط به‌کارگیری', 'transfer conditions', 'conditions for transfer'],
    resourcesNeeded: ['منابع لازم', 'منابع مورد نیاز', 'منابع', 'resources needed', 'resources'],
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
