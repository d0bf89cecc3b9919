import type { OffersAndNeed } from '../../src/payload-types'
import { ngo } from './organizations'
import { provinceCode } from './provinces'

type Pair = { fa: string; en: string }

export type ExchangeSeed = {
  key: string
  organization: string
  direction: OffersAndNeed['direction']
  kind: OffersAndNeed['kind']
  title: Pair
  description: Pair
  quantity?: Pair
  /** Province codes, target-group and stage slugs. */
  provinces: string[]
  targetGroups: string[]
  stages: string[]
  contact: { person: string; phone: string; email: string }
  status: OffersAndNeed['status']
  closingNote?: Pair
}

/**
 * Offers and needs the member NGOs posted on the exchange, in the terms of the network's founding
 * (job facilitators, job-support centres, the 50-million-toman working-capital grant, the 10-million
 * training grant, employer and self-employment insurance): some match each other, one is in
 * discussion, one was fulfilled and one withdrawn, each with what came of it.
 */
export const exchangeItems: ExchangeSeed[] = [
  {
    key: 'kerman-craftspeople',
    organization: ngo.kermanCarpet,
    direction: 'offer',
    kind: 'craftsperson',
    title: { fa: 'دو استادکار فرش‌بافی برای دوره‌های استاد–شاگردی', en: 'Two master carpet weavers for master–apprentice placements' },
    description: {
      fa: 'دو استادکار باتجربه‌ی ما آماده‌اند هر کدام تا چهار کارآموز را سه تا شش ماه در کارگاه خود یا کارگاه سازمان همکار، پس از دوره‌ی مهارت‌آموزی، همراهی کنند تا برای خوداشتغالی یا استخدام آماده شوند.',
      en: 'Two of our experienced master weavers can each take up to four apprentices for three to six months after their skills course, in their own workshop or a partner’s, to prepare them for self-employment or a job.',
    },
    quantity: { fa: 'دو استادکار، هر کدام چهار کارآموز، سه تا شش ماه', en: 'Two masters, four apprentices each, three to six months' },
    provinces: [provinceCode.kerman, provinceCode.isfahan],
    targetGroups: ['female-heads-of-household', 'rural-youth'],
    stages: ['placement'],
    contact: { person: 'مریم افشار', phone: '۰۳۴۳۲۴۴۰۰۱۰', email: 'exchange@dast-honarmand.example' },
    status: 'open',
  },
  {
    key: 'isfahan-needs-masters',
    organization: ngo.isfahanCrafts,
    direction: 'need',
    kind: 'craftsperson',
    title: { fa: 'استادکار برای کارورزی کارآموزان صنایع‌دستی در اصفهان', en: 'Master craftspeople for our handicraft trainees’ placements in Isfahan' },
    description: {
      fa: 'دوازده زن سرپرست خانوار دوره‌ی مهارت‌آموزی گلیم و فرش را تمام کرده‌اند و برای کارورزی سه تا شش ماهه زیر نظر استادکار ماهر، استادکار کم داریم.',
      en: 'Twelve female heads of household have finished our kilim and carpet course, and we lack master craftspeople to supervise their three-to-six-month placements.',
    },
    quantity: { fa: 'برای ۱۲ کارآموز، از بهار', en: 'For 12 trainees, from spring' },
    provinces: [provinceCode.isfahan],
    targetGroups: ['female-heads-of-household'],
    stages: ['placement', 'job-placement'],
    contact: { person: 'زهره نادری', phone: '۰۳۱۳۶۶۰۰۲۲۰', email: 'tabadol@mehr-afarinan.example' },
    status: 'open',
  },
  {
    key: 'tehran-facilitators',
    organization: ngo.tehranCallCentre,
    direction: 'offer',
    kind: 'jobFacilitator',
    title: { fa: 'تسهیلگر شغلی برای همراهی کارجویان تا استخدام و بیمه', en: 'Job facilitators to accompany job seekers until hired and insured' },
    description: {
      fa: 'سه تسهیلگر شغلی ما که در مراکز پشتیبانی شغلی کار کرده‌اند، می‌توانند به سازمان‌های استان‌های دیگر در تطبیق کارجو با کارفرما و ثبت بیمه‌ی کارفرمایی کمک کنند، حضوری یا از راه دور.',
      en: 'Three of our job facilitators, who have worked in job-support centres, can help NGOs in other provinces match job seekers with employers and register employer insurance, in person or remotely.',
    },
    quantity: { fa: 'سه تسهیلگر، دو روز در هفته، شش ماه', en: 'Three facilitators, two days a week, six months' },
    provinces: [provinceCode.tehran, provinceCode.lorestan],
    targetGroups: ['visual-impairment', 'physical-disability'],
    stages: ['job-placement', 'retention'],
    contact: { person: 'علی صدری', phone: '۰۲۱۶۶۴۰۰۳۳۰', email: 'exchange@noor-omid.example' },
    status: 'inDiscussion',
  },
  {
    key: 'lorestan-needs-facilitator',
    organization: ngo.lorestanBees,
    direction: 'need',
    kind: 'jobFacilitator',
    title: { fa: 'تسهیلگر اشتغال برای زنبورداران تازه‌کار خرم‌آباد', en: 'A job facilitator for new beekeepers in Khorramabad' },
    description: {
      fa: 'برای پیگیری اشتغال و ماندگاری شغلی بیست زنبوردار تازه‌کار و ثبت بیمه‌ی خویش‌فرمایی آنان، یک تسهیلگر اشتغال آشنا با روستاهای استان نیاز داریم.',
      en: 'We need a job facilitator who knows the province’s villages to follow up the work and retention of twenty new beekeepers and register their self-employment insurance.',
    },
    quantity: { fa: 'یک نفر، نیمه‌وقت، یک سال', en: 'One person, part-time, one year' },
    provinces: [provinceCode.lorestan],
    targetGroups: ['rural-youth', 'physical-disability'],
    stages: ['job-placement', 'retention'],
    contact: { person: 'رضا بیرانوند', phone: '۰۶۶۳۳۲۰۰۴۴۰', email: 'exchange@tavanyaban-zagros.example' },
    status: 'open',
  },
  {
    key: 'gilan-grant-partner',
    organization: ngo.gilanGreen,
    direction: 'need',
    kind: 'grantPartner',
    title: { fa: 'شریک برای پرونده‌های سرمایه‌ی کار بلاعوض ۵۰ میلیون تومانی', en: 'A partner for the 50-million-toman working-capital grant files' },
    description: {
      fa: 'سرمایه‌ی کار بلاعوض برای هر نفر به ۵۰ میلیون تومان رسیده است. سازمانی را می‌جوییم که در آماده کردن طرح کسب‌وکار گلخانه‌ای جوانان روستایی و پیگیری پرونده‌ها با ما همکاری کند.',
      en: 'The working-capital grant is now 50 million toman per person. We look for an NGO to help rural youth prepare greenhouse business plans and follow their grant files with us.',
    },
    provinces: [provinceCode.gilan],
    targetGroups: ['rural-youth'],
    stages: ['economic-readiness', 'job-placement'],
    contact: { person: 'نسرین پورحسن', phone: '۰۱۳۳۳۵۵۰۰۵۵', email: 'exchange@hamyaran-sabz.example' },
    status: 'open',
  },
  {
    key: 'mashhad-training-cofunding',
    organization: ngo.mashhadSewing,
    direction: 'offer',
    kind: 'coFunding',
    title: { fa: 'هم‌تأمینی کمک‌هزینه‌ی آموزش ۱۰ میلیون تومانی کارآموزان خیاطی', en: 'Co-funding the 10-million-toman training grant for tailoring trainees' },
    description: {
      fa: 'کمک‌هزینه‌ی آموزش و آماده‌سازی شغلی امسال ۱۰ میلیون تومان بلاعوض است. ما هزینه‌ی کارگاه و مواد آموزشی دوره‌ی خیاطی را برای کارآموزان سازمان همکار در مشهد می‌پردازیم.',
      en: 'The training and job-preparation grant is 10 million toman this year. We pay the workshop and teaching materials of the tailoring course for a partner NGO’s trainees in Mashhad.',
    },
    quantity: { fa: 'برای ۱۵ کارآموز', en: 'For 15 trainees' },
    provinces: [provinceCode.razaviKhorasan],
    targetGroups: ['female-heads-of-household'],
    stages: ['hard-skills'],
    contact: { person: 'فاطمه رضوی', phone: '۰۵۱۳۸۴۰۰۶۶۰', email: 'exchange@aftab-mashhad.example' },
    status: 'fulfilled',
    closingNote: {
      fa: 'با انجمن بازگشت تبریز همکاری شد: ۱۵ کارآموز دوره را تمام کردند و ۹ نفر با بیمه‌ی خویش‌فرمایی کار خود را آغاز کردند.',
      en: 'Done with the Bazgasht association of Tabriz: 15 trainees finished the course and 9 started their own work with self-employment insurance.',
    },
  },
  {
    key: 'tabriz-sewing-machines',
    organization: ngo.tabrizRecovery,
    direction: 'offer',
    kind: 'equipment',
    title: { fa: 'شش چرخ خیاطی صنعتی برای امانت', en: 'Six industrial sewing machines on loan' },
    description: {
      fa: 'شش چرخ خیاطی صنعتی سالم داریم که می‌توانیم یک سال به سازمانی در آذربایجان شرقی برای کارگاه آموزشی امانت دهیم.',
      en: 'We have six working industrial sewing machines to lend for a year to an NGO’s training workshop in East Azerbaijan.',
    },
    provinces: [provinceCode.eastAzerbaijan],
    targetGroups: ['addiction-recovery'],
    stages: ['hard-skills'],
    contact: { person: 'یوسف قلی‌زاده', phone: '۰۴۱۳۵۵۰۰۷۷۰', email: 'exchange@bazgasht-tabriz.example' },
    status: 'withdrawn',
    closingNote: {
      fa: 'کارگاه خودمان گسترش یافت و دستگاه‌ها را برای دوره‌ی تازه‌ی خودمان نگه داشتیم.',
      en: 'Our own workshop grew, and we kept the machines for our new course.',
    },
  },
  {
    key: 'kerman-needs-workshop',
    organization: ngo.kermanCarpet,
    direction: 'need',
    kind: 'workshop',
    title: { fa: 'کارگاه مجهز برای دوره‌ی مهارت فنی در رفسنجان', en: 'An equipped workshop for a technical-skills course in Rafsanjan' },
    description: {
      fa: 'برای دوره‌ی دار قالی در رفسنجان، کارگاهی با نور و دسترسی مناسب برای دو ماه نیاز داریم.',
      en: 'For a loom course in Rafsanjan we need a workshop with good light and step-free access for two months.',
    },
    quantity: { fa: 'دو ماه، ۱۰ دار', en: 'Two months, 10 looms' },
    provinces: [provinceCode.kerman],
    targetGroups: ['female-heads-of-household'],
    stages: ['hard-skills'],
    contact: { person: 'مریم افشار', phone: '۰۳۴۳۲۴۴۰۰۱۰', email: 'exchange@dast-honarmand.example' },
    status: 'open',
  },
  {
    key: 'isfahan-workshop',
    organization: ngo.isfahanCrafts,
    direction: 'offer',
    kind: 'workshop',
    title: { fa: 'کارگاه آموزشی صنایع‌دستی در روزهای خالی', en: 'Our handicraft training workshop on its free days' },
    description: {
      fa: 'کارگاه ما سه روز در هفته خالی است و سازمان‌های همکار در اصفهان و کرمان می‌توانند دوره‌های مهارت فنی خود را در آن برگزار کنند.',
      en: 'Our workshop stands empty three days a week; partner NGOs in Isfahan and Kerman can hold their technical-skills courses there.',
    },
    quantity: { fa: 'سه روز در هفته', en: 'Three days a week' },
    provinces: [provinceCode.isfahan, provinceCode.kerman],
    targetGroups: ['female-heads-of-household', 'physical-disability'],
    stages: ['hard-skills'],
    contact: { person: 'زهره نادری', phone: '۰۳۱۳۶۶۰۰۲۲۰', email: 'tabadol@mehr-afarinan.example' },
    status: 'open',
  },
]

/** An answer already on record: the Lorestan NGO took up the Tehran facilitators' offer, now in discussion. */
export const exchangeAnswers = [
  {
    item: 'tehran-facilitators',
    from: ngo.lorestanBees,
    author: 'editor2' as const,
    message:
      'سلام؛ ما برای بیست زنبوردار تازه‌کار در خرم‌آباد به همراهی تسهیلگر شغلی و ثبت بیمه‌ی خویش‌فرمایی نیاز داریم. آیا ماهی دو جلسه‌ی از راه دور ممکن است؟',
  },
]
