import type { SearchDocument } from '../../src/search/port'

/**
 * Six records as the network writes them: half-spaces present, missing or spaced; Arabic letters and
 * harakat; Persian digits; one members-only record. The contract suite knows exactly what each holds.
 */

const at = (date: string) => Date.parse(`${date}T08:00:00Z`)

const record = (fields: Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'type' | 'title'>): SearchDocument => ({
  summary: {},
  body: {},
  outcome: null,
  organization: null,
  provinces: [],
  targetGroups: [],
  stages: [],
  topics: [],
  fundingInstruments: [],
  year: null,
  jalaliYear: null,
  visibility: 'public',
  edition: '1.0',
  licence: 'CC-BY-4.0',
  url: `/${fields.id.replace(':', '/')}`,
  publishedAt: at('2020-01-01'),
  updatedAt: at('2020-01-01'),
  ...fields,
})

export const womenSkills = record({
  id: 'case-studies:1',
  type: 'case-studies',
  title: { fa: 'آموزش مهارت‌های فنی به زنان سرپرست خانوار', en: 'Technical skills training for women heads of household' },
  summary: {
    fa: 'یکی از شرکت‌کنندگان گفت: «می‌خواهم کسب‌وکار خودم را داشته باشم».',
    en: 'One participant said: "I want my own business."',
  },
  body: {
    fa: 'دوره در ۱۲ هفته در تهران برگزار شد و بر کارآفرینی خانگی تمرکز داشت.',
    en: 'The course ran for 12 weeks in Tehran and focused on home entrepreneurship.',
  },
  outcome: 'success',
  organization: 'ngo-mehr',
  provinces: ['tehran', 'alborz'],
  targetGroups: ['women-heads'],
  stages: ['training'],
  topics: ['skills'],
  fundingInstruments: ['microloan'],
  year: 2022,
  jalaliYear: 1400,
  publishedAt: at('2022-03-01'),
  updatedAt: at('2022-03-05'),
})

export const youthJobSearch = record({
  id: 'lessons:2',
  type: 'lessons',
  // An NGO applied this lesson (src/lessons/).
  practice: 'applied',
  title: { fa: 'چرا کارگاه‌های کاریابی جوانان شکست خورد', en: 'Why youth job-search workshops failed' },
  summary: { fa: 'کارگاه‌ها کوتاه بودند و پیگیری نداشتند.', en: 'The workshops were short and had no follow-up.' },
  // Typed on an Arabic keyboard, with harakat: the index must still find it by its Persian spelling.
  body: {
    fa: 'برنامه كاريابي براي جَوانانِ اصفهان بدون همراهي كارفرمايان اجرا شد.',
    en: 'The job-search programme for Isfahan youth ran without employers.',
  },
  organization: 'ngo-omid',
  provinces: ['isfahan'],
  targetGroups: ['youth'],
  stages: ['job-search'],
  topics: ['employment-services'],
  year: 2021,
  jalaliYear: 1400,
  publishedAt: at('2021-06-01'),
})

export const mentoring = record({
  id: 'best-practices:3',
  type: 'best-practices',
  title: { fa: 'مربی‌گری یک‌به‌یک برای کارجویان', en: 'One-to-one mentoring for job seekers' },
  summary: { fa: 'هر کارجو یک مربی داشت.', en: 'Each job seeker had a mentor.' },
  body: { fa: 'مربیان داوطلب هر هفته با کارجویان دیدار کردند.', en: 'Volunteer mentors met job seekers every week.' },
  organization: 'ngo-mehr',
  provinces: ['tehran'],
  targetGroups: ['job-seekers'],
  stages: ['placement'],
  topics: ['mentoring'],
  year: 2023,
  jalaliYear: 1401,
  visibility: 'members',
  publishedAt: at('2023-01-15'),
})

export const digitalCurriculum = record({
  id: 'curricula:4',
  type: 'curricula',
  // «مهارتهای» and «میخواهم» written joined, without the half-space.
  title: { fa: 'برنامه درسی مهارتهای دیجیتال', en: 'Digital skills curriculum' },
  summary: { fa: 'جوانی گفت: «میخواهم برنامه‌نویسی یاد بگیرم».', en: 'A young person said: "I want to learn programming."' },
  body: { fa: 'شش واحد درسی در ۲۴ جلسه.', en: 'Six units over 24 sessions.' },
  organization: 'ngo-omid',
  provinces: ['isfahan', 'tehran'],
  targetGroups: ['youth'],
  stages: ['training'],
  topics: ['skills', 'digital'],
  year: 2023,
  jalaliYear: 1402,
  publishedAt: at('2023-05-10'),
})

export const entrepreneursAssociation = record({
  id: 'organizations:5',
  type: 'organizations',
  title: { fa: 'انجمن حمایت از کارآفرینان اصفهان', en: 'Isfahan Entrepreneurs Support Association' },
  summary: { fa: 'سمن فعال در حوزه اشتغال', en: 'A non-governmental organisation working on employment.' },
  organization: 'ngo-karafarin',
  provinces: ['isfahan'],
  topics: ['entrepreneurship'],
  publishedAt: at('2020-01-01'),
})

export const microloans = record({
  id: 'case-studies:6',
  type: 'case-studies',
  title: { fa: 'وام خرد بدون همراهی شکست خورد', en: 'Microloans without support failed' },
  // «می خواهم» spaced, as many type it.
  summary: { fa: 'زنان گفتند: «می خواهم ولی نمی توانم».', en: 'Women said: "I want to, but I cannot."' },
  // «الگوی» begins with «ال» without being Arabic's article: one word, never «ال» and «گوی».
  body: { fa: 'از ۴۰ وام‌گیرنده، ۳۰ نفر نتوانستند اقساط را بپردازند؛ الگوی همراهی نداشتند.', en: 'Of 40 borrowers, 30 could not repay.' },
  outcome: 'failure',
  organization: 'ngo-omid',
  provinces: ['khorasan-razavi'],
  targetGroups: ['women-heads'],
  stages: ['financing'],
  topics: ['microfinance'],
  fundingInstruments: ['microloan'],
  year: 2020,
  jalaliYear: 1399,
  publishedAt: at('2020-09-01'),
})

export const fixtures = [womenSkills, youthJobSearch, mentoring, digitalCurriculum, entrepreneursAssociation, microloans]
