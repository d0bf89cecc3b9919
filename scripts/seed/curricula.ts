import type { Curriculum } from '../../src/payload-types'
import { day } from './dates'
import { ngo } from './organizations'
import { fa } from './richText'
import type { KnowledgeSeed, Refs } from './types'

type CurriculumSeed = KnowledgeSeed<'curricula'>
type Module = NonNullable<Curriculum['modules']>[number]

const courseModule = (code: string, title: string, hours: number, details: Omit<Module, 'code' | 'title' | 'hours'>): Module => ({
  code,
  title,
  hours,
  ...details,
})

const selfConfidence = courseModule('M1', 'اعتمادبه‌نفس و خودباوری', 12, {
  learningOutcomes: 'توانایی‌ها و تجربه‌های کاری خود را نام می‌برد؛ از یک موفقیت کوچک برای دیگران روایت می‌کند؛ هدف شغلی شش‌ماهه می‌نویسد.',
  content: fa(
    'این پودمان از تجربه‌های خود آموزنده آغاز می‌کند: کارهایی که تاکنون از پسشان برآمده، حتی اگر کار مزدی نبوده است.',
    { bullets: ['نقشه توانایی‌ها', 'روایت موفقیت', 'هدف‌گذاری کوچک و سنجش‌پذیر'] },
  ),
  methods: 'کار گروهی کوچک، ایفای نقش، روایت‌گری.',
  materials: 'کارت‌های توانایی، کتاب کار آموزنده.',
  assessment: 'سنجش خودگزارشی در آغاز و پایان پودمان و مشاهده مربی.',
})

const assertiveness = courseModule('M2', 'جرأتمندی و ارتباط مؤثر', 12, {
  learningOutcomes: 'درخواست خود را روشن و محترمانه بیان می‌کند؛ «نه» گفتن را تمرین کرده است؛ در گفت‌وگوی دستمزد موضع خود را نگه می‌دارد.',
  methods: 'ایفای نقش مصاحبه و مذاکره دستمزد، بازخورد همتایان.',
  assessment: 'ایفای نقش پایانی با فهرست وارسی.',
})

const financialLiteracy = (hours: number) =>
  courseModule('M3', 'سواد مالی', hours, {
    learningOutcomes: 'دخل‌وخرج ماهانه را ثبت می‌کند؛ بودجه خانه و کار را جدا می‌کند؛ قسط وام را در بودجه می‌گنجاند؛ تفاوت وام، تسهیلات تکلیفی و سرمایه کار بلاعوض را توضیح می‌دهد.',
    content: fa(
      { heading: 'سرفصل‌ها', level: 3 },
      { bullets: ['دفتر دخل‌وخرج', 'پس‌انداز و ذخیره ماه‌های کم‌درآمد', 'وام و قسط', 'بیمه خویش‌فرمایی و بیمه کارفرمایی'] },
    ),
    methods: 'تمرین با دفتر دخل‌وخرج واقعی آموزنده، بازی بودجه خانوار.',
    assessment: 'تهیه بودجه سه‌ماهه شخصی.',
  })

const workHabits = courseModule('M4', 'عادت‌های کاری و ارتباط در محیط کار', 8, {
  learningOutcomes: 'وقت‌شناسی، گزارش کار و کار تیمی را در یک تمرین شبیه‌سازی‌شده نشان می‌دهد.',
  methods: 'شبیه‌سازی یک روز کاری، بازدید از یک کارگاه.',
})

const softPlacement = {
  kind: 'internship' as const,
  months: 3,
  mentorRatio: 5,
  tasks: [
    { task: 'حضور منظم و به‌موقع در محل کارورزی' },
    { task: 'ثبت روزانه کارهای انجام‌شده' },
    { task: 'گفت‌وگوی هفتگی با راهنما درباره پیشرفت' },
  ],
}

const softShared = (r: Refs) => ({
  code: 'SOFT-01',
  skillType: 'soft' as const,
  competencyStandard: 'پیشنهاد کارگروه تخصصی شبکه اشتغال',
  targetGroups: r.targetGroups('physical-disability', 'visual-impairment', 'hearing-impairment', 'female-heads-of-household', 'addiction-recovery'),
  stages: r.stages('psychological-readiness', 'social-readiness', 'economic-readiness', 'soft-skills'),
  topics: r.topics('soft-skills-training', 'self-confidence-assertiveness', 'financial-literacy'),
  entryRequirements: 'معرفی‌شده از سوی بهزیستی یا سازمان مردم‌نهاد عضو؛ بدون پیش‌نیاز تحصیلی.',
  trainerQualifications: 'کارشناس روان‌شناسی یا مددکاری با دست‌کم دو سال تجربه کار گروهی با مددجویان.',
  visibility: 'public' as const,
  licence: 'CC-BY-SA-4.0' as const,
})

const softPlacementEn = {
  tasks: [
    { task: 'Attend the placement regularly and on time' },
    { task: 'Keep a daily record of the work done' },
    { task: 'A weekly talk with the mentor about progress' },
  ],
}

const softModulesEn = [
  { title: 'Self-confidence and self-belief' },
  { title: 'Assertiveness and effective communication' },
  { title: 'Financial literacy' },
  { title: 'Work habits and workplace communication' },
]

const soft10: CurriculumSeed = {
  key: 'SOFT-01@1.0',
  organization: ngo.lorestanBees,
  state: 'published',
  comments: { publish: 'به‌عنوان برنامه درسی استاندارد شبکه تأیید شد.' },
  fa: (r) => ({
    ...softShared(r),
    readinessDimensions: ['psychological', 'social', 'economic'],
    edition: '1.0',
    title: 'آمادگی شغلی: مهارت‌های نرم',
    summary: 'دوره چهل‌وهشت ساعته برای آمادگی روانی، اجتماعی و اقتصادی پیش از مهارت‌آموزی فنی: اعتمادبه‌نفس، جرأتمندی، سواد مالی و عادت‌های کاری.',
    accessibility: 'جزوه‌ها با قلم درشت و فایل صوتی؛ کلاس در طبقه همکف.',
    hoursTheory: 20,
    hoursPractice: 28,
    modules: [selfConfidence, assertiveness, financialLiteracy(16), workHabits],
    placement: softPlacement,
    certification: 'گواهی حضور از سازمان مردم‌نهاد مجری.',
    nextReviewDate: day(2025, 12, 1),
  }),
  en: {
    title: 'Job readiness: soft skills',
    summary: 'A 48-hour course in psychological, social and economic readiness before technical training: self-confidence, assertiveness, financial literacy and work habits.',
    modules: softModulesEn,
    placement: softPlacementEn,
  },
  revisions: [
    {
      note: 'افزودن تطبیق‌های دسترس‌پذیری برای آموزندگان ناشنوا.',
      fa: () => ({
        accessibility: 'جزوه‌ها با قلم درشت و فایل صوتی؛ کلاس در طبقه همکف؛ مترجم زبان اشاره در همه جلسات برای آموزندگان ناشنوا.',
      }),
    },
    {
      note: 'روشن کردن شرایط گواهی پایان دوره.',
      fa: () => ({
        certification: 'گواهی پایان دوره از سازمان مردم‌نهاد مجری، با حضور دست‌کم ۸۰ درصد و گذراندن سنجش پودمان سواد مالی.',
      }),
    },
  ],
}

const soft20: CurriculumSeed = {
  key: 'SOFT-01@2.0',
  organization: ngo.lorestanBees,
  state: 'published',
  comments: { publish: 'ویرایش ۲٫۰ جایگزین ویرایش ۱٫۰ می‌شود.' },
  fa: (r) => ({
    ...softShared(r),
    readinessDimensions: ['psychological', 'social', 'economic'],
    edition: '2.0',
    derivedFrom: r.curriculum('SOFT-01@1.0'),
    // The working-capital lesson is why this edition practises loans and instalments in financial literacy.
    changedByLessons: r.lessons('no-equipment-before-orders'),
    title: 'آمادگی شغلی: مهارت‌های نرم',
    summary: 'دوره شصت ساعته آمادگی روانی، اجتماعی و اقتصادی، با پودمان تازه جست‌وجوی کار و مصاحبه.',
    changelog: 'افزودن پودمان «جست‌وجوی کار و مصاحبه»؛ افزایش ساعت سواد مالی از ۱۶ به ۲۰ با تمرین بیمه و قسط؛ مترجم زبان اشاره در همه جلسات؛ گواهی با شرط حضور ۸۰ درصد.',
    accessibility: 'جزوه‌ها با قلم درشت، فایل صوتی و زیرنویس ویدئوها؛ مترجم زبان اشاره در همه جلسات؛ کلاس در طبقه همکف.',
    hoursTheory: 24,
    hoursPractice: 36,
    modules: [
      selfConfidence,
      assertiveness,
      financialLiteracy(20),
      workHabits,
      courseModule('M5', 'جست‌وجوی کار و مصاحبه', 8, {
        learningOutcomes: 'رزومه یک‌صفحه‌ای می‌نویسد؛ در مصاحبه آزمایشی به پرسش‌های رایج پاسخ می‌دهد؛ از سامانه خدمات اشتغال آگهی پیدا می‌کند.',
        methods: 'مصاحبه آزمایشی با کارفرمای داوطلب.',
        assessment: 'مصاحبه آزمایشی با فهرست وارسی.',
      }),
    ],
    placement: softPlacement,
    certification: 'گواهی پایان دوره از سازمان مردم‌نهاد مجری، با حضور دست‌کم ۸۰ درصد و گذراندن سنجش پودمان سواد مالی.',
    attachments: r.media('SOFT-01-2.0-trainer-handout.pdf', 'SOFT-01-2.0-budget-worksheet.docx'),
    nextReviewDate: day(2027, 12, 1),
  }),
  en: {
    title: 'Job readiness: soft skills',
    summary: 'A 60-hour course in psychological, social and economic readiness, with a new module on job search and interviews.',
    changelog: 'Added the “Job search and interviews” module; financial literacy up from 16 to 20 hours with insurance and loan practice; sign-language interpreting in every session; certificate requires 80% attendance.',
    modules: [...softModulesEn, { title: 'Job search and interviews' }],
    placement: softPlacementEn,
  },
}

const apprenticeTasks = (extra: string[]) => [
  { task: 'آماده کردن ابزار و مواد در آغاز روز' },
  { task: 'انجام کار زیر نظر استادکار و ثبت آن در دفتر کارورزی' },
  { task: 'رعایت ایمنی کارگاه' },
  ...extra.map((task) => ({ task })),
]

const apprenticeTasksEn = [
  { task: 'Prepare tools and materials at the start of the day' },
  { task: 'Work under the master and record it in the placement log' },
  { task: 'Follow workshop safety rules' },
]

const appr10: CurriculumSeed = {
  key: 'APPR-01@1.0',
  organization: ngo.kermanCarpet,
  state: 'published',
  fa: (r) => ({
    code: 'APPR-01',
    edition: '1.0',
    title: 'کارورزی استاد–شاگردی: سه تا شش ماه در کارگاه استادکار',
    summary: 'چارچوب استاندارد دوره‌ای که آموزنده پس از مهارت‌آموزی، زیر نظر استادکار ماهر در کارگاه واقعی کار می‌کند تا برای استخدام یا خوداشتغالی آماده شود.',
    readinessDimensions: ['psychological', 'economic'],
    skillType: 'hard',
    targetGroups: r.targetGroups('female-heads-of-household', 'physical-disability', 'rural-youth'),
    stages: r.stages('placement', 'job-placement'),
    topics: r.topics('apprenticeship'),
    entryRequirements: 'گذراندن دوره SOFT-01 و یک دوره مهارت فنی در همان رشته.',
    accessibility: 'کارگاه استادکار پیش از پذیرش شاگرد از نظر دسترس‌پذیری بازدید می‌شود.',
    hoursTheory: 20,
    hoursPractice: 460,
    modules: [
      courseModule('M1', 'آشنایی با کارگاه و ایمنی', 8, { assessment: 'آزمون ایمنی شفاهی.' }),
      courseModule('M2', 'کار زیر نظر استادکار', 300, { methods: 'کار روزانه کنار استادکار با بازخورد فوری.' }),
      courseModule('M3', 'تولید مستقل', 160, { methods: 'شاگرد یک سفارش کوچک را خودش انجام می‌دهد و استادکار بازبینی می‌کند.' }),
      courseModule('M4', 'سنجش پایانی و کارنامه', 12, { assessment: 'ارائه نمونه‌کار و سنجش عملی با حضور استادکار دیگر.' }),
    ],
    placement: { kind: 'apprenticeship', months: 6, mentorRatio: 4, tasks: apprenticeTasks([]) },
    trainerQualifications: 'استادکار با دست‌کم ده سال سابقه و گذراندن دو جلسه آماده‌سازی مربی‌گری.',
    certification: 'گواهی کارورزی از سازمان مردم‌نهاد.',
    attachments: r.media('APPR-01-1.0-mentor-handout.pdf', 'APPR-01-1.0-placement-log.docx'),
    nextReviewDate: day(2026, 6, 1),
    visibility: 'public',
  }),
  en: {
    title: 'Master–apprentice placement: three to six months in a master’s workshop',
    modules: [
      { title: 'Workshop orientation and safety' },
      { title: 'Work under the master' },
      { title: 'Independent production' },
      { title: 'Final assessment and portfolio' },
    ],
    placement: { tasks: apprenticeTasksEn },
  },
  revisions: [
    {
      note: 'کاهش نسبت شاگرد به استادکار از ۴ به ۳ و افزودن وظیفه گزارش هفتگی، بر پایه تجربه طرح فرش کرمان.',
      fa: () => ({
        placement: {
          kind: 'apprenticeship',
          months: 6,
          mentorRatio: 3,
          tasks: apprenticeTasks(['گفت‌وگوی هفتگی با استادکار درباره پیشرفت و دشواری‌ها']),
        },
      }),
      en: { placement: { tasks: [...apprenticeTasksEn, { task: 'A weekly talk with the master about progress and difficulties' }] } },
    },
    {
      note: 'روشن کردن سنجش پایانی و گواهی.',
      fa: () => ({
        certification: 'گواهی کارورزی از سازمان مردم‌نهاد با امضای استادکار؛ قابل ارائه برای آزمون مهارت فنی و حرفه‌ای.',
        nextReviewDate: day(2026, 12, 1),
      }),
    },
  ],
}

/** In this order: 2.0 derives from 1.0, and publishing it retires 1.0. */
export const curricula: CurriculumSeed[] = [soft10, appr10, soft20]
