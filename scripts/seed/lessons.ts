import { day } from './dates'
import { ngo } from './organizations'
import { en, fa } from './richText'
import type { KnowledgeSeed } from './types'

type LessonSeed = KnowledgeSeed<'lessons'>

// Evidence cites the lesson's own NGO's case studies: the tenant plugin accepts no other.

export const lessons: LessonSeed[] = [
  {
    key: 'no-equipment-before-orders',
    organization: ngo.isfahanCrafts,
    state: 'published',
    fa: (r) => ({
      title: 'پیش از نخستین سفارش قطعی، سرمایه را صرف تجهیزات نکنید',
      observation: fa(
        'در دو طرح جداگانه، تعاونی صنایع‌دستی اصفهان و گلخانه گیلان، همه سرمایه پیش از نخستین فروش صرف ابزار، اجاره و سازه شد و وقتی بازار پاسخ نداد، پولی برای تغییر مسیر نمانده بود.',
      ),
      lesson: fa(
        'کسب‌وکار خرد مددجو با یک شوک بازار از پا درمی‌آید اگر سرمایه در گردش نداشته باشد. ترتیب درست این است: آزمون بازار، سفارش یا قرارداد، سپس خرید تجهیزات به اندازه همان سفارش.',
      ),
      recommendation: {
        action: 'دست‌کم یک‌سوم سرمایه کار بلاعوض را تا شش ماه پس از نخستین فروش به‌عنوان سرمایه در گردش نگه دارید و پیش از خرید تجهیزات، یک سفارش یا قرارداد کتبی بگیرید.',
        actor: 'مدیر طرح در سازمان مردم‌نهاد و کارشناس اشتغال بهزیستی شهرستان',
      },
      rootCause: 'market',
      applicability: 'همه طرح‌های خوداشتغالی و تعاونی که محصول را به بازار آزاد می‌فروشند؛ برای اشتغال مزدبگیری کاربرد ندارد.',
      evidence: r.caseStudies('handicrafts-cooperative-isfahan'),
      stages: r.stages('economic-readiness', 'job-placement'),
      topics: r.topics('market-access', 'self-employment', 'grants'),
      // Deliberately in the past: the demo shows a lesson whose review is overdue.
      nextReviewDate: day(2025, 3, 1),
      visibility: 'public',
    }),
    en: {
      title: 'Do not spend the capital on equipment before the first firm order',
      lesson: en(
        'A client’s micro-business collapses at the first market shock if it has no working capital. Test the market, get an order or a contract, then buy equipment to the size of that order.',
      ),
      recommendation: {
        action: 'Keep at least a third of the work-capital grant as working capital for six months after the first sale, and get a written order before buying equipment.',
        actor: 'The NGO’s project manager and the county welfare employment officer',
      },
    },
  },
  {
    key: 'mentor-selection',
    organization: ngo.kermanCarpet,
    state: 'published',
    approver: 'coordinator',
    comments: { publish: 'با گزارش پایش طرح کرمان هم‌خوان است.' },
    fa: (r) => ({
      title: 'کیفیت استادکار، سرنوشت طرح استاد–شاگردی را تعیین می‌کند',
      observation: fa(
        'در طرح فرش کرمان، شاگردان دو استادکاری که پیش‌تر هیچ آموزشی درباره کار با بزرگسالان ندیده بودند، بیشترین ترک دوره را داشتند؛ شاگردان استادکارانی که جلسه آماده‌سازی را گذرانده بودند، تقریباً همه ماندند.',
      ),
      lesson: fa(
        'مهارت فنی استادکار کافی نیست. شیوه رفتار او با شاگرد، صبر در آموزش و تمایل واقعی به پذیرفتن شاگرد، از مهارت بافت او مهم‌تر است.',
      ),
      recommendation: {
        action: 'استادکار را با مصاحبه و یک روز آموزش آزمایشی انتخاب کنید، پیش از شروع دو جلسه آماده‌سازی برگزار کنید و پیشرفت شاگرد را ماهانه با فرم مشترک بسنجید.',
        actor: 'سازمان مردم‌نهاد مجری طرح',
      },
      rootCause: 'capacity',
      applicability: 'همه طرح‌های کارورزی و استاد–شاگردی، به‌ویژه در رشته‌های سنتی که استادکاران آموزش رسمی ندیده‌اند.',
      evidence: r.caseStudies('carpet-apprenticeship-kerman'),
      stages: r.stages('placement'),
      topics: r.topics('apprenticeship'),
      targetGroups: r.targetGroups('female-heads-of-household'),
      nextReviewDate: day(2027, 6, 1),
      visibility: 'public',
    }),
  },
  {
    key: 'staged-grant',
    organization: ngo.lorestanBees,
    state: 'published',
    fa: (r) => ({
      title: 'سرمایه کار بلاعوض را مرحله‌ای و پس از کارورزی بپردازید',
      lesson: fa(
        'وقتی سرمایه کار پس از پایان کارورزی و در دو قسط پرداخت شد، خریدها سنجیده‌تر بود و کمتر ابزاری بی‌استفاده ماند. پرداخت یک‌جا در آغاز طرح، پیش از آنکه فرد کار را بشناسد، بیشتر به خرید اشتباه انجامید.',
      ),
      recommendation: {
        action: 'سقف ۵۰ میلیون تومانی سرمایه کار را در دو قسط بپردازید: قسط اول پس از کارورزی با فهرست خرید تأییدشده استادکار، قسط دوم پس از سه ماه کار.',
        actor: 'اداره بهزیستی استان و سازمان مردم‌نهاد',
      },
      rootCause: 'funding',
      applicability: 'طرح‌های خوداشتغالی که سرمایه کار بلاعوض یا تسهیلات تکلیفی دریافت می‌کنند.',
      evidence: r.caseStudies('beekeeping-lorestan'),
      stages: r.stages('economic-readiness', 'job-placement'),
      topics: r.topics('grants', 'self-employment'),
      nextReviewDate: day(2027, 1, 15),
      visibility: 'public',
    }),
    en: {
      title: 'Pay the work-capital grant in stages, after the placement',
      lesson: en(
        'When the work-capital grant was paid after the placement and in two instalments, purchases were better judged and fewer tools lay unused. Paying it all at the start, before people knew the work, led to more wrong purchases.',
      ),
    },
  },
  {
    key: 'overwintering',
    organization: ngo.lorestanBees,
    state: 'inReview',
    fa: (r) => ({
      title: 'زمستان‌گذرانی و بیماری کلنی‌ها را در طرح کسب‌وکار زنبورداری ببینید',
      lesson: fa(
        'طرح کسب‌وکار زنبورداری ما فقط درآمد سال اول را می‌دید. هزینه درمان واروآ، تغذیه زمستانه و جایگزینی کلنی‌های ازدست‌رفته در آن نبود و همین، بازپرداخت اقساط را سخت کرد.',
      ),
      recommendation: {
        action: 'در طرح کسب‌وکار، ذخیره‌ای برابر هزینه جایگزینی یک‌سوم کلنی‌ها و برنامه بازدید دامپزشکی پاییزه بگنجانید.',
        actor: 'مشاور کسب‌وکار سازمان مردم‌نهاد',
      },
      rootCause: 'design',
      evidence: r.caseStudies('beekeeping-lorestan'),
      stages: r.stages('economic-readiness'),
      topics: r.topics('agriculture'),
      nextReviewDate: day(2027, 9, 1),
    }),
  },
  {
    key: 'retention-budget',
    organization: ngo.kermanCarpet,
    state: 'changesRequested',
    comments: {
      requestChanges: 'لطفاً شاخص‌های ماندگاری طرح خیاطی مشهد را هم به شواهد بیفزایید و هزینه پیگیری را با عدد بنویسید.',
    },
    fa: (r) => ({
      title: 'پیگیری ماندگاری شغلی را تا دوازده ماه در بودجه طرح ببینید',
      lesson: fa(
        'بیشتر ریزش پس از ماه سوم رخ می‌دهد، درست وقتی که بودجه طرح تمام شده و کسی سراغ فرد را نمی‌گیرد.',
      ),
      recommendation: {
        action: 'هزینه دست‌کم چهار تماس و یک بازدید پیگیری در سال نخست اشتغال را از ابتدا در بودجه طرح بگذارید.',
        actor: 'سازمان مردم‌نهاد و تأمین‌کننده مالی طرح',
      },
      rootCause: 'capacity',
      evidence: r.caseStudies('carpet-apprenticeship-kerman'),
      stages: r.stages('retention'),
      nextReviewDate: day(2027, 3, 1),
    }),
  },
  {
    key: 'cooperative-governance',
    organization: ngo.isfahanCrafts,
    state: 'published',
    fa: (r) => ({
      title: 'قواعد تصمیم‌گیری و گزارش مالی تعاونی را پیش از تأسیس بنویسید',
      lesson: fa(
        'تعاونی‌ای که اعضایش حساب‌ها را نمی‌بینند و در تصمیم‌ها سهمی ندارند، در نخستین بحران از درون فرومی‌پاشد. اعضای ناشنوا بی‌مترجم زبان اشاره عملاً عضو نبودند.',
      ),
      recommendation: {
        action: 'پیش از ثبت تعاونی، اساسنامه ساده، گزارش مالی ماهانه برای همه اعضا و مترجم زبان اشاره در مجامع را شرط حمایت قرار دهید.',
        actor: 'سازمان مردم‌نهاد و اداره تعاون شهرستان',
      },
      rootCause: 'partnership',
      applicability: 'تعاونی‌ها و گروه‌های تولیدی مشترک مددجویان.',
      evidence: r.caseStudies('handicrafts-cooperative-isfahan'),
      stages: r.stages('social-readiness', 'job-placement'),
      topics: r.topics('cooperatives'),
      targetGroups: r.targetGroups('hearing-impairment', 'female-heads-of-household'),
      nextReviewDate: day(2026, 12, 1),
      visibility: 'members',
    }),
  },
  {
    key: 'commute-and-workplace',
    organization: ngo.tehranCallCentre,
    state: 'published',
    fa: (r) => ({
      title: 'رفت‌وآمد و محیط کار دسترس‌پذیر را پیش از استخدام با کارفرما توافق کنید',
      lesson: fa(
        'در طرح مرکز تماس تهران و کارگاه خیاطی مشهد، بیشتر کسانی که کار را رها کردند، دلیل را مسیر طولانی یا محیط نامناسب گفتند، نه خود کار.',
      ),
      recommendation: {
        action: 'پیش از معرفی فرد، مسیر رفت‌وآمد را با او آزمایش کنید و سرویس، ساعت کاری منعطف یا تطبیق ایستگاه کار را در تفاهم‌نامه با کارفرما بنویسید.',
        actor: 'تسهیلگر شغلی و کارفرما',
      },
      rootCause: 'policy',
      evidence: r.caseStudies('call-centre-tehran'),
      stages: r.stages('job-placement', 'retention'),
      topics: r.topics('workplace-accessibility', 'wage-employment'),
      targetGroups: r.targetGroups('visual-impairment', 'female-heads-of-household'),
      nextReviewDate: day(2027, 4, 1),
      visibility: 'public',
    }),
    en: {
      title: 'Agree on commuting and an accessible workplace with the employer before hiring',
      lesson: en('Most people who left their job named a long commute or an unsuitable workplace, not the work itself.'),
      recommendation: {
        action: 'Before referring a person, try the commute with them, and write transport, flexible hours or workstation adaptations into the agreement with the employer.',
        actor: 'The job facilitator and the employer',
      },
    },
  },
]
