import type { Organization } from '../../src/payload-types'
import { provinceCode } from './provinces'

type Pair = { fa: string; en: string }

export type OrganizationSeed = {
  slug: string
  name: Pair
  province: string
  city: Pair
  registrationNumber: string
  licenceNumber?: string
  licenceStage: Organization['licenceStage']
  membershipStatus: Organization['membershipStatus']
  /** Topic slugs. */
  fieldsOfActivity: string[]
  /** Target-group slugs. */
  targetGroups: string[]
  description: Pair
  contact: { phone: string; email: string; address: Pair }
  website?: string
}

/** Slugs the knowledge documents and accounts refer to. */
export const ngo = {
  kermanCarpet: 'dast-honarmand-kerman',
  lorestanBees: 'tavanyaban-zagros',
  tehranCallCentre: 'noor-omid-tehran',
  gilanGreen: 'hamyaran-sabz-gilan',
  isfahanCrafts: 'mehr-afarinan-isfahan',
  mashhadSewing: 'aftab-mashhad',
  tabrizRecovery: 'bazgasht-tabriz',
} as const

export const organizations: OrganizationSeed[] = [
  {
    slug: ngo.kermanCarpet,
    name: { fa: 'مؤسسه خیریه دست‌های هنرمند کرمان', en: 'Kerman Skilled Hands Charity' },
    province: provinceCode.kerman,
    city: { fa: 'کرمان', en: 'Kerman' },
    registrationNumber: '4127',
    licenceNumber: 'BHZ-13-1396-0218',
    licenceStage: 'registered',
    membershipStatus: 'active',
    fieldsOfActivity: ['carpet-weaving', 'apprenticeship', 'self-employment'],
    targetGroups: ['female-heads-of-household'],
    description: {
      fa: 'از سال ۱۳۹۶ با زنان سرپرست خانوار در حاشیه شهر کرمان کار می‌کند و بافندگان تازه‌کار را کنار استادکاران باتجربه فرش دستباف می‌نشاند.',
      en: 'Since 2017 it has worked with female heads of household on the edge of Kerman, placing new weavers beside experienced hand-knotted carpet masters.',
    },
    contact: {
      phone: '034-32451870',
      email: 'info@dast-honarmand.example',
      address: { fa: 'کرمان، بلوار جمهوری، کوچه ۲۴، پلاک ۱۱', en: '11, Lane 24, Jomhouri Blvd, Kerman' },
    },
    website: 'https://dast-honarmand.example',
  },
  {
    slug: ngo.lorestanBees,
    name: { fa: 'انجمن توان‌یابان زاگرس', en: 'Zagros Association of People with Disabilities' },
    province: provinceCode.lorestan,
    city: { fa: 'خرم‌آباد', en: 'Khorramabad' },
    registrationNumber: '2290',
    licenceNumber: 'BHZ-18-1394-0075',
    licenceStage: 'registered',
    membershipStatus: 'active',
    fieldsOfActivity: ['agriculture', 'self-employment', 'loans'],
    targetGroups: ['physical-disability', 'rural-youth'],
    description: {
      fa: 'انجمنی که اعضای هیئت‌مدیره آن خود دارای معلولیت جسمی–حرکتی‌اند و برای کسب‌وکارهای خرد روستایی، به‌ویژه زنبورداری، مشاوره و همراهی می‌دهد.',
      en: 'An association whose board members themselves have physical disabilities; it advises and accompanies small rural businesses, beekeeping above all.',
    },
    contact: {
      phone: '066-33214409',
      email: 'contact@tavanyaban-zagros.example',
      address: { fa: 'خرم‌آباد، خیابان شریعتی، جنب اداره بهزیستی', en: 'Shariati St, next to the Welfare Office, Khorramabad' },
    },
    website: 'https://tavanyaban-zagros.example',
  },
  {
    slug: ngo.tehranCallCentre,
    name: { fa: 'مؤسسه نور امید نابینایان', en: 'Noor-e Omid Institute for Blind People' },
    province: provinceCode.tehran,
    city: { fa: 'تهران', en: 'Tehran' },
    registrationNumber: '38811',
    licenceNumber: 'BHZ-28-1392-1143',
    licenceStage: 'registered',
    membershipStatus: 'active',
    fieldsOfActivity: ['digital-skills', 'wage-employment', 'workplace-accessibility'],
    targetGroups: ['visual-impairment'],
    description: {
      fa: 'آموزش کار با صفحه‌خوان و مهارت‌های مرکز تماس به افراد نابینا و کم‌بینا و مذاکره با کارفرمایان برای استخدام آنان.',
      en: 'Teaches screen-reader and call-centre skills to blind and partially sighted people and negotiates their hiring with employers.',
    },
    contact: {
      phone: '021-66412035',
      email: 'info@noor-omid.example',
      address: { fa: 'تهران، خیابان انقلاب، خیابان فلسطین جنوبی، پلاک ۴۲', en: '42, South Palestine St, Enghelab St, Tehran' },
    },
    website: 'https://noor-omid.example',
  },
  {
    slug: ngo.gilanGreen,
    name: { fa: 'انجمن همیاران اشتغال سبز گیلان', en: 'Gilan Green Employment Partners' },
    province: provinceCode.gilan,
    city: { fa: 'رشت', en: 'Rasht' },
    registrationNumber: '1876',
    licenceNumber: 'BHZ-07-1397-0309',
    licenceStage: 'registered',
    membershipStatus: 'active',
    fieldsOfActivity: ['agriculture', 'market-access', 'self-employment'],
    targetGroups: ['rural-youth', 'care-leavers'],
    description: {
      fa: 'طرح‌های کشاورزی کوچک برای جوانان روستایی و جوانانی که از مراکز شبه‌خانواده خارج شده‌اند.',
      en: 'Small farming projects for rural youth and for young people leaving residential care.',
    },
    contact: {
      phone: '013-33624718',
      email: 'office@hamyaran-sabz.example',
      address: { fa: 'رشت، خیابان سعدی، کوچه گلبرگ، پلاک ۷', en: '7, Golbarg Lane, Saadi St, Rasht' },
    },
  },
  {
    slug: ngo.isfahanCrafts,
    name: { fa: 'مؤسسه خیریه مهرآفرینان اصفهان', en: 'Mehr-Afarinan Charity of Isfahan' },
    province: provinceCode.isfahan,
    city: { fa: 'اصفهان', en: 'Isfahan' },
    registrationNumber: '5403',
    licenceNumber: 'BHZ-12-1395-0412',
    licenceStage: 'registered',
    membershipStatus: 'active',
    fieldsOfActivity: ['handicrafts', 'cooperatives', 'market-access'],
    targetGroups: ['female-heads-of-household', 'hearing-impairment'],
    description: {
      fa: 'حمایت از زنان صنعتگر و افراد ناشنوا در رشته‌های قلمزنی، ملیله‌کاری و سفال.',
      en: 'Supports women craft workers and Deaf people in metal engraving, filigree and pottery.',
    },
    contact: {
      phone: '031-36608214',
      email: 'info@mehr-afarinan.example',
      address: { fa: 'اصفهان، خیابان حکیم نظامی، کوچه ۱۸', en: 'Lane 18, Hakim Nezami St, Isfahan' },
    },
    website: 'https://mehr-afarinan.example',
  },
  {
    slug: ngo.mashhadSewing,
    name: { fa: 'انجمن حمایت از زنان سرپرست خانوار آفتاب', en: 'Aftab Association for Female Heads of Household' },
    province: provinceCode.razaviKhorasan,
    city: { fa: 'مشهد', en: 'Mashhad' },
    registrationNumber: '7718',
    licenceNumber: 'BHZ-24-1399-0527',
    licenceStage: 'licensed',
    membershipStatus: 'active',
    fieldsOfActivity: ['tailoring', 'wage-employment', 'family-engagement'],
    targetGroups: ['female-heads-of-household', 'hearing-impairment'],
    description: {
      fa: 'کارگاه آموزشی خیاطی و همراهی زنان سرپرست خانوار تا استخدام در تولیدی‌های پوشاک مشهد.',
      en: 'A sewing training workshop that accompanies female heads of household into jobs at garment makers in Mashhad.',
    },
    contact: {
      phone: '051-37281945',
      email: 'aftab@aftab-mashhad.example',
      address: { fa: 'مشهد، بلوار وکیل‌آباد، وکیل‌آباد ۲۱، پلاک ۳۰', en: '30, Vakilabad 21, Vakilabad Blvd, Mashhad' },
    },
  },
  {
    slug: ngo.tabrizRecovery,
    name: { fa: 'مؤسسه بازگشت به زندگی تبریز', en: 'Back to Life Institute, Tabriz' },
    province: provinceCode.eastAzerbaijan,
    city: { fa: 'تبریز', en: 'Tabriz' },
    registrationNumber: '9035',
    licenceStage: 'licenceApplied',
    membershipStatus: 'applicant',
    fieldsOfActivity: ['job-readiness', 'self-employment'],
    targetGroups: ['addiction-recovery'],
    description: {
      fa: 'مؤسسه‌ای تازه‌تأسیس که افراد در دوره پس از ترک اعتیاد را برای کار آماده می‌کند؛ درخواست عضویت آن در شبکه در دست بررسی است.',
      en: 'A young institute preparing people after addiction treatment for work; its membership application is under review.',
    },
    contact: {
      phone: '041-35562290',
      email: 'info@bazgasht.example',
      address: { fa: 'تبریز، خیابان ولیعصر، کوچه شهریار', en: 'Shahriar Lane, Valiasr St, Tabriz' },
    },
  },
]
