import { month } from './dates'
import { ngo } from './organizations'
import { provinceCode } from './provinces'
import { fa } from './richText'
import type { KnowledgeSeed } from './types'

type CaseStudySeed = KnowledgeSeed<'case-studies'>

const callCentre: CaseStudySeed = {
  key: 'call-centre-tehran',
  organization: ngo.tehranCallCentre,
  state: 'published',
  fa: (r) => ({
    title: 'اشتغال افراد نابینا و کم‌بینا در مرکز تماس یک شرکت بیمه',
    summary:
      'هجده نفر دوره شش‌ماهه کار با صفحه‌خوان و پاسخ‌گویی تلفنی را گذراندند و پانزده نفر در مرکز تماس یک شرکت بیمه استخدام شدند. مشوق بیمه کارفرمایی و تطبیق ایستگاه کاری، تصمیم کارفرما را آسان کرد.',
    outcome: 'success',
    provinces: r.provinces(provinceCode.tehran),
    periodStart: month(2022, 4),
    periodEnd: month(2023, 6),
    targetGroups: r.targetGroups('visual-impairment'),
    stages: r.stages('assessment', 'soft-skills', 'hard-skills', 'placement', 'job-placement', 'retention'),
    fundingInstruments: r.funding('training-grant', 'employer-insurance'),
    topics: r.topics('digital-skills', 'wage-employment', 'workplace-accessibility'),
    context: fa(
      'کارفرمایان تهران معمولاً نگران‌اند که کارمند نابینا نتواند با نرم‌افزارهای آن‌ها کار کند. مؤسسه پیش از آموزش، نرم‌افزار مرکز تماس شرکت را با صفحه‌خوان آزمود و فهرست کارهایی را که بی‌تغییر شدنی بود به کارفرما نشان داد.',
    ),
    intervention: fa(
      {
        bullets: [
          'آموزش صفحه‌خوان، تایپ ده‌انگشتی و کار با سامانه ثبت درخواست.',
          'تمرین مکالمه تلفنی، مدیریت مشتری ناراضی و کار تیمی.',
          'دو ماه کارورزی در همان مرکز تماس، با یک همکار راهنما برای هر سه کارورز.',
          'استفاده کارفرما از مشوق بیمه کارفرمایی برای دو سال نخست.',
        ],
      },
    ),
    results: fa(
      'پانزده نفر استخدام شدند و دوازده نفر پس از یک سال هنوز در همان مرکز کار می‌کنند. دو نفر به دلیل مسیر طولانی و نبود سرویس رفت‌وآمد کناره گرفتند.',
    ),
    metrics: { participants: 20, completed: 18, placed: 15, retained3: 15, retained6: 14, retained12: 12, incomeChangePercent: 85 },
    evidenceType: 'monitoring',
    confidence: 4,
    consentConfirmed: true,
    redactionNote: 'نام شرکت بیمه و کارکنان حذف شده است.',
    visibility: 'members',
    licence: 'CC-BY-NC-4.0',
  }),
  en: {
    title: 'Blind and partially sighted people employed in an insurer’s call centre',
    summary:
      'Eighteen people finished a six-month course in screen readers and telephone service, and fifteen were hired by an insurer’s call centre. The employer insurance incentive and an adapted workstation made the employer’s decision easy.',
  },
}

const greenhouse: CaseStudySeed = {
  key: 'greenhouse-gilan',
  organization: ngo.gilanGreen,
  state: 'published',
  fa: (r) => ({
    title: 'گلخانه خیار جوانان روستایی در گیلان: شکست در بازار',
    summary:
      'دوازده جوان روستایی یک گلخانه مشترک خیار راه انداختند. تولید خوب بود، اما افت قیمت در فصل برداشت، نبود سردخانه و وابستگی به دلال، درآمد را از هزینه کمتر کرد و گروه پس از دو فصل پراکنده شد.',
    outcome: 'failure',
    provinces: r.provinces(provinceCode.gilan),
    periodStart: month(2022, 1),
    periodEnd: month(2023, 7),
    targetGroups: r.targetGroups('rural-youth', 'care-leavers'),
    stages: r.stages('hard-skills', 'job-placement', 'retention'),
    fundingInstruments: r.funding('mandated-employment-loans', 'work-capital-grant'),
    topics: r.topics('agriculture', 'market-access', 'self-employment'),
    context: fa(
      'انجمن می‌خواست برای جوانانی که از مراکز شبه‌خانواده خارج شده بودند و جوانان بیکار روستا کاری ماندگار بسازد. گلخانه به دلیل بازده بالا در واحد سطح انتخاب شد.',
    ),
    results: fa(
      'محصول هر دو فصل با همه گلخانه‌های منطقه هم‌زمان به بازار رسید و قیمت خیار به کمتر از هزینه تولید افتاد. گروه نه سردخانه داشت و نه قراردادی با خریدار؛ دلال قیمت را تعیین می‌کرد. هزینه سوخت زمستان هم بیش از برآورد بود. در پایان، دو نفر از دوازده نفر هنوز در کشاورزی کار می‌کنند.',
    ),
    metrics: { participants: 12, completed: 12, placed: 10, retained3: 9, retained6: 4, retained12: 2, incomeChangePercent: -15 },
    evidenceType: 'monitoring',
    confidence: 3,
    consentConfirmed: true,
    redactionNote: 'نام روستا و افراد حذف شده است.',
    visibility: 'public',
    licence: 'CC-BY-4.0',
  }),
  en: {
    title: 'A rural youth cucumber greenhouse in Gilan: failure in the market',
    summary:
      'Twelve rural young people ran a shared cucumber greenhouse. Production was good, but harvest-time price falls, no cold storage and dependence on middlemen left income below costs, and the group broke up after two seasons.',
  },
}

const sewing: CaseStudySeed = {
  key: 'sewing-workshop-mashhad',
  organization: ngo.mashhadSewing,
  state: 'published',
  fa: (r) => ({
    title: 'کارگاه خیاطی و استخدام در تولیدی‌های پوشاک مشهد',
    summary:
      'بیست‌وهشت زن، از جمله شش زن ناشنوا، آموزش خیاطی صنعتی دیدند و بیست نفر در تولیدی‌ها استخدام شدند. استخدام آسان بود؛ ماندن دشوار: دستمزد پایین، رفت‌وآمد طولانی و نبود مهدکودک.',
    outcome: 'mixed',
    provinces: r.provinces(provinceCode.razaviKhorasan),
    periodStart: month(2022, 9),
    periodEnd: month(2023, 12),
    targetGroups: r.targetGroups('female-heads-of-household', 'hearing-impairment'),
    stages: r.stages('social-readiness', 'hard-skills', 'placement', 'job-placement', 'retention'),
    fundingInstruments: r.funding('training-grant', 'employer-insurance'),
    topics: r.topics('tailoring', 'wage-employment', 'family-engagement'),
    results: fa(
      'بیست نفر استخدام شدند، اما پس از شش ماه فقط یازده نفر مانده بودند. در گفت‌وگوهای پیگیری، رفت‌وآمد بیش از یک ساعت، نبود جای امن برای فرزندان و دستمزدی کمتر از توافق اولیه بیشترین دلیل‌ها بود. زنان ناشنوا در تولیدی‌ای که یک سرپرست آشنا با زبان اشاره داشت، همه ماندند.',
    ),
    metrics: { participants: 28, completed: 25, placed: 20, retained3: 16, retained6: 11, retained12: 9, incomeChangePercent: 30 },
    evidenceType: 'monitoring',
    confidence: 3,
    consentConfirmed: true,
    redactionNote: 'نام تولیدی‌ها و افراد حذف شده است.',
    visibility: 'members',
    licence: 'CC-BY-4.0',
  }),
}

const honeyOnline: CaseStudySeed = {
  key: 'honey-online-sales-lorestan',
  organization: ngo.lorestanBees,
  state: 'submitted',
  fa: (r) => ({
    title: 'فروش برخط عسل توان‌یابان با برند مشترک',
    summary:
      'پس از تلفات زمستان، انجمن برای افزایش ارزش هر کیلو عسل، بسته‌بندی و فروش برخط با برند مشترک را آزمود. نتیجه شش ماه نخست در این گزارش آمده است.',
    outcome: 'mixed',
    provinces: r.provinces(provinceCode.lorestan),
    periodStart: month(2023, 5),
    periodEnd: month(2023, 11),
    targetGroups: r.targetGroups('physical-disability'),
    stages: r.stages('job-placement', 'retention'),
    fundingInstruments: r.funding('charitable-donations'),
    topics: r.topics('market-access', 'self-employment'),
    results: fa(
      'فروش برخط قیمت هر کیلو را حدود ۲۵ درصد بالا برد، اما هزینه ارسال و بسته‌بندی بخش بزرگی از این سود را گرفت. سفارش‌های تکراری بیشتر از مشتریان شهرهای بزرگ بود.',
    ),
    metrics: { participants: 9, completed: 9, placed: 9, retained3: 8, retained6: 7 },
    evidenceType: 'anecdotal',
    confidence: 2,
    consentConfirmed: true,
    redactionNote: 'نام افراد حذف شده است.',
    visibility: 'public',
  }),
}

const naturalDyes: CaseStudySeed = {
  key: 'natural-dyes-kerman',
  organization: ngo.kermanCarpet,
  state: 'draft',
  fa: (r) => ({
    title: 'کارگاه رنگرزی گیاهی نخ فرش با بافندگان دوره نخست',
    summary: 'پیش‌نویس: گزارش آزمایشی راه‌اندازی کارگاه رنگرزی گیاهی با شش نفر از بافندگان طرح استاد–شاگردی.',
    outcome: 'success',
    provinces: r.provinces(provinceCode.kerman),
    targetGroups: r.targetGroups('female-heads-of-household'),
    topics: r.topics('carpet-weaving', 'self-employment'),
    evidenceType: 'anecdotal',
    visibility: 'members',
  }),
}

export const caseStudiesMore: CaseStudySeed[] = [callCentre, greenhouse, sewing, honeyOnline, naturalDyes]

