import { month } from './dates'
import { caseStudiesMore } from './caseStudiesMore'
import { ngo } from './organizations'
import { provinceCode } from './provinces'
import { en, fa } from './richText'
import type { KnowledgeSeed } from './types'

type CaseStudySeed = KnowledgeSeed<'case-studies'>

const carpet: CaseStudySeed = {
  key: 'carpet-apprenticeship-kerman',
  organization: ngo.kermanCarpet,
  state: 'published',
  comments: { publish: 'شاخص‌ها با فرم‌های پایش مؤسسه تطبیق داده شد؛ انتشار عمومی بلامانع است.' },
  fa: (r) => ({
    title: 'استاد–شاگردی فرش دستباف برای زنان سرپرست خانوار در کرمان',
    summary:
      'بیست‌وچهار زن سرپرست خانوار پس از هشت هفته آموزش مهارت‌های نرم و پایه بافت، پنج ماه کنار استادکاران فرش کرمان کار کردند. هجده نفر اکنون دار قالی خانگی یا کار مزدی در کارگاه دارند.',
    outcome: 'success',
    provinces: r.provinces(provinceCode.kerman),
    periodStart: month(2022, 10),
    periodEnd: month(2023, 9),
    targetGroups: r.targetGroups('female-heads-of-household'),
    stages: r.stages('assessment', 'soft-skills', 'hard-skills', 'placement', 'job-placement', 'retention'),
    fundingInstruments: r.funding('training-grant', 'work-capital-grant', 'self-employment-insurance'),
    topics: r.topics('carpet-weaving', 'apprenticeship', 'self-employment'),
    context: fa(
      'در محله‌های حاشیه‌ای کرمان بسیاری از زنان سرپرست خانوار جز مستمری بهزیستی درآمد ثابتی ندارند. فرش دستباف کرمان هنوز خریدار دارد، اما کارگاه‌ها از کمبود بافنده جوان گله‌مندند و استادکاران قدیمی کمتر شاگرد تازه می‌پذیرند، چون آموزش دادن را وقتی بی‌مزد می‌دانند.',
      'در ارزیابی اولیه با شصت زن گفت‌وگو شد. بیشترشان در نوجوانی در خانه پدری بافته بودند، اما برای کار بیرون از خانه، چانه‌زنی بر سر دستمزد یا حساب‌وکتاب یک کار کوچک اعتمادبه‌نفس کافی نداشتند.',
    ),
    intervention: fa(
      { heading: 'سه مرحله طرح' },
      {
        numbered: [
          'هشت هفته آموزش گروهی: اعتمادبه‌نفس، جرأتمندی، سواد مالی، نقشه‌خوانی و گره‌زنی پایه.',
          'پنج ماه استاد–شاگردی: هر استادکار سه شاگرد، چهار روز در هفته در کارگاه خود؛ بخشی از دستمزد شاگرد از کمک‌هزینه آموزش پرداخت شد.',
          'راه‌اندازی کار: برای کسانی که خواستند در خانه ببافند، دار و مواد اولیه از محل سرمایه کار بلاعوض تهیه شد و همه زیر پوشش بیمه خویش‌فرمایی رفتند.',
        ],
      },
      'استادکاران پیش از شروع، دو جلسه درباره آموزش به بزرگسالان و رفتار محترمانه با شاگرد گذراندند و برای هر شاگرد فرم پیشرفت ماهانه پر می‌کردند. پیش از آغاز بافت، با یک تولیدکننده فرش قرارداد خرید بسته شد.',
    ),
    results: fa(
      'از ۲۴ نفر، ۲۱ نفر دوره را به پایان رساندند و ۱۸ نفر به کار رسیدند: ۱۱ نفر با دار خانگی و قرارداد خرید، ۷ نفر به‌صورت مزدی در کارگاه استادکار خود.',
      { bullets: ['ماندگاری پس از ۳ ماه: ۱۷ نفر', 'ماندگاری پس از ۶ ماه: ۱۶ نفر'] },
      'دو عامل بیشترین اثر را داشت: انتخاب دقیق استادکار و بستن قرارداد خرید پیش از شروع بافت.',
    ),
    metrics: { participants: 24, completed: 21, placed: 18, retained3: 17, retained6: 16, incomeChangePercent: 55 },
    evidenceType: 'monitoring',
    confidence: 4,
    consentConfirmed: true,
    redactionNote: 'نام شرکت‌کنندگان و نشانی کارگاه‌ها حذف شده است.',
    visibility: 'public',
    licence: 'CC-BY-4.0',
  }),
  en: {
    title: 'Hand-knotted carpet master–apprentice placement for female heads of household in Kerman',
    summary:
      'Twenty-four female heads of household took eight weeks of soft-skills and basic weaving training, then worked five months beside Kerman carpet masters. Eighteen now weave on a home loom or earn wages in a workshop.',
    context: en(
      'On the outskirts of Kerman many women who head their households have no steady income besides the welfare allowance. Kerman carpets still sell, but workshops lack young weavers and older masters rarely take apprentices, seeing the teaching as unpaid time.',
    ),
    intervention: en(
      { heading: 'Three phases' },
      {
        numbered: [
          'Eight weeks of group training: self-confidence, assertiveness, financial literacy, reading carpet designs and basic knotting.',
          "Five months of master–apprentice placement: three apprentices per master, four days a week; part of the apprentice's pay came from the training grant.",
          'Starting work: looms and yarn for home weavers from the work-capital grant, and self-employment insurance for everyone.',
        ],
      },
    ),
    results: en('Of 24 women, 21 completed and 18 found work: 11 on home looms with a purchase agreement, 7 as paid weavers in their master’s workshop.'),
  },
  revisions: [
    {
      note: 'افزودن داده‌های پیگیری دوازده‌ماهه و درآمد.',
      fa: () => ({
        metrics: { participants: 24, completed: 21, placed: 18, retained3: 17, retained6: 16, retained12: 14, incomeChangePercent: 65 },
        results: fa(
          'از ۲۴ نفر، ۲۱ نفر دوره را به پایان رساندند و ۱۸ نفر به کار رسیدند: ۱۱ نفر با دار خانگی و قرارداد خرید، ۷ نفر به‌صورت مزدی در کارگاه استادکار خود.',
          { bullets: ['ماندگاری پس از ۳ ماه: ۱۷ نفر', 'ماندگاری پس از ۶ ماه: ۱۶ نفر', 'ماندگاری پس از ۱۲ ماه: ۱۴ نفر'] },
          'درآمد ماهانه کسانی که سر کار ماندند به‌طور میانگین ۶۵ درصد بیشتر شد. دو نفر که کار را رها کردند، مراقبت از فرزند خردسال را دلیل اصلی گفتند.',
          'دو عامل بیشترین اثر را داشت: انتخاب دقیق استادکار و بستن قرارداد خرید پیش از شروع بافت.',
        ),
      }),
      en: {
        results: en(
          'Of 24 women, 21 completed and 18 found work. Fourteen were still weaving after twelve months, and their monthly income rose by 65% on average. Two who stopped named caring for a young child as the main reason.',
        ),
      },
    },
    {
      note: 'اصلاح یادداشت حذف اطلاعات هویتی پس از بازبینی عکس‌ها.',
      fa: () => ({
        redactionNote: 'نام شرکت‌کنندگان، نشانی کارگاه‌ها و چهره افراد در عکس‌ها حذف شده است؛ رضایت‌نامه‌ها نزد مؤسسه نگهداری می‌شود.',
      }),
    },
    {
      note: 'پیوند به درس‌آموخته‌های برگرفته از این طرح.',
      afterLessons: true,
      fa: (r) => ({ lessons: r.lessons('mentor-selection') }),
    },
  ],
}

const beekeeping: CaseStudySeed = {
  key: 'beekeeping-lorestan',
  organization: ngo.lorestanBees,
  state: 'published',
  fa: (r) => ({
    title: 'زنبورداری خانگی برای توان‌یابان جسمی–حرکتی در روستاهای لرستان',
    summary:
      'پانزده فرد دارای معلولیت جسمی–حرکتی با کندوهای روی پایه‌های هم‌تراز ویلچر زنبورداری را آغاز کردند. سال اول موفق بود؛ تلفات زمستان دوم و بازپرداخت وام، نیمی از کسب‌وکارها را به زحمت انداخت.',
    outcome: 'mixed',
    provinces: r.provinces(provinceCode.lorestan),
    periodStart: month(2021, 3),
    periodEnd: month(2023, 3),
    targetGroups: r.targetGroups('physical-disability', 'rural-youth'),
    stages: r.stages('assessment', 'economic-readiness', 'hard-skills', 'placement', 'job-placement', 'retention'),
    fundingInstruments: r.funding('mandated-employment-loans', 'work-capital-grant', 'self-employment-insurance', 'training-grant'),
    topics: r.topics('agriculture', 'self-employment', 'loans'),
    context: fa(
      'در روستاهای اطراف خرم‌آباد، کار کشاورزی برای کسی که با ویلچر یا عصا رفت‌وآمد می‌کند تقریباً ناممکن است. زنبورداری ثابت کنار خانه، با کندوهای کم و کمک خانواده در جابه‌جایی، گزینه‌ای بود که خود اعضای انجمن پیشنهاد دادند.',
    ),
    intervention: fa(
      {
        bullets: [
          'چهل ساعت آموزش با کارشناس ترویج جهاد کشاورزی، در سالن دسترس‌پذیر انجمن.',
          'سه ماه کارورزی نزد زنبورداران باتجربه روستا.',
          'ده کندو برای هر نفر با سرمایه کار بلاعوض و بخشی از تسهیلات تکلیفی اشتغال.',
          'پایه‌های کندو به ارتفاع ویلچر و ابزار سبک، ساخته یک کارگاه محلی.',
          'فروش عسل از راه فروشگاه انجمن با برچسب مشترک.',
        ],
      },
    ),
    results: fa(
      'برداشت سال اول بیش از پیش‌بینی بود و درآمد ماهانه شرکت‌کنندگان به‌طور میانگین ۴۰ درصد افزایش یافت. در زمستان دوم، آلودگی به واروآ و سرمای زودرس حدود یک‌سوم کلنی‌ها را از بین برد. چهار نفر در بازپرداخت اقساط وام دچار مشکل شدند و سه نفر کار را کنار گذاشتند.',
      'کسانی که یکی از اعضای خانواده در کار همراهشان بود، تقریباً همه ماندند.',
    ),
    metrics: { participants: 15, completed: 14, placed: 12, retained3: 12, retained6: 10, retained12: 7, incomeChangePercent: 40 },
    evidenceType: 'monitoring',
    confidence: 3,
    consentConfirmed: true,
    redactionNote: 'نام روستاها به شهرستان کلی شده و نام افراد حذف شده است.',
    visibility: 'public',
    licence: 'CC-BY-SA-4.0',
  }),
  en: {
    title: 'Home beekeeping for people with physical disabilities in rural Lorestan',
    summary:
      'Fifteen people with mobility impairments started beekeeping with hives on wheelchair-height stands. The first year went well; losses in the second winter and loan repayments put half of the businesses under strain.',
  },
}

const handicrafts: CaseStudySeed = {
  key: 'handicrafts-cooperative-isfahan',
  organization: ngo.isfahanCrafts,
  state: 'published',
  fa: (r) => ({
    title: 'تعاونی صنایع‌دستی زنان در شاهین‌شهر: چرا تعطیل شد',
    summary:
      'یک تعاونی قلمزنی مس با نوزده عضو پس از هجده ماه تعطیل شد. محصول بر پایه مهارت مربیان انتخاب شده بود نه تقاضای بازار، همه سرمایه پیش از نخستین فروش خرج شد و اعضا هرگز فروش را به دست نگرفتند.',
    outcome: 'failure',
    provinces: r.provinces(provinceCode.isfahan),
    periodStart: month(2021, 9),
    periodEnd: month(2023, 2),
    targetGroups: r.targetGroups('female-heads-of-household', 'hearing-impairment'),
    stages: r.stages('soft-skills', 'hard-skills', 'job-placement', 'retention'),
    fundingInstruments: r.funding('work-capital-grant', 'training-grant', 'charitable-donations'),
    topics: r.topics('handicrafts', 'cooperatives', 'market-access'),
    context: fa(
      'مؤسسه سی زن سرپرست خانوار و افراد ناشنوا را در رشته قلمزنی آموزش داد و نوزده نفر از آنان یک تعاونی تشکیل دادند. سرمایه کار بلاعوض اعضا یک‌جا در اختیار تعاونی قرار گرفت.',
    ),
    intervention: fa(
      'با سرمایه جمع‌شده، ابزار و ورق مس خریده شد و مغازه‌ای در خیابانی کم‌رفت‌وآمد اجاره شد. کارکنان مؤسسه فروش و ارتباط با یک عمده‌فروش سوغات را بر عهده گرفتند.',
    ),
    results: fa(
      { heading: 'آنچه رخ داد' },
      'تعاونی در شش ماه نخست فروش داشت، اما پس از افت گردشگری، عمده‌فروش خرید را کم کرد و چک‌هایش برگشت خورد. سرمایه در گردشی برای خرید مس باقی نمانده بود. پس از پایان طرح و رفتن کارکنان مؤسسه، کسی از اعضا راه فروش را نمی‌شناخت.',
      { heading: 'علت‌های ریشه‌ای' },
      {
        bullets: [
          'انتخاب محصول بر پایه مهارت مربیان، بی‌هیچ مطالعه بازار.',
          'خرج همه سرمایه برای تجهیزات و اجاره پیش از نخستین سفارش قطعی.',
          'وابستگی به یک خریدار عمده.',
          'تصمیم‌گیری سه‌نفره در هیئت‌مدیره؛ بیشتر اعضا از وضع مالی خبر نداشتند.',
          'نبود مترجم زبان اشاره در جلسات، که اعضای ناشنوا را از تصمیم‌ها کنار گذاشت.',
        ],
      },
      'این گزارش را خود مؤسسه با کمک یک ارزیاب بیرونی نوشته است تا دیگران همین مسیر را تکرار نکنند.',
    ),
    metrics: { participants: 30, completed: 26, placed: 19, retained3: 14, retained6: 6, retained12: 0, incomeChangePercent: 0 },
    evidenceType: 'evaluation',
    confidence: 4,
    consentConfirmed: true,
    redactionNote: 'نام اعضای تعاونی و خریدار عمده حذف شده است.',
    visibility: 'public',
    licence: 'CC-BY-4.0',
  }),
  en: {
    title: 'A women’s handicraft cooperative in Shahin Shahr: why it closed',
    summary:
      'A copper-engraving cooperative of nineteen members closed after eighteen months. The product was chosen for the trainers’ skills rather than market demand, all the capital was spent before the first sale, and members never took over selling.',
    results: en(
      { heading: 'Root causes' },
      {
        bullets: [
          'Product chosen for the trainers’ skills, with no market study.',
          'All capital spent on equipment and rent before the first firm order.',
          'Dependence on one wholesale buyer.',
          'Decisions taken by three board members; most members never saw the accounts.',
          'No sign-language interpreter at meetings, which left Deaf members out of decisions.',
        ],
      },
    ),
  },
}

export const caseStudies: CaseStudySeed[] = [carpet, beekeeping, handicrafts, ...caseStudiesMore]
