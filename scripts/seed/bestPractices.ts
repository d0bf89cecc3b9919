import { ngo } from './organizations'
import { en, fa } from './richText'
import type { KnowledgeSeed } from './types'

type BestPracticeSeed = KnowledgeSeed<'best-practices'>

export const bestPractices: BestPracticeSeed[] = [
  {
    key: 'master-selection',
    organization: ngo.kermanCarpet,
    state: 'published',
    fa: (r) => ({
      title: 'انتخاب، آماده‌سازی و پایش استادکار در طرح استاد–شاگردی',
      summary: 'روشی پنج‌گامی که مؤسسه دست‌های هنرمند کرمان برای یافتن استادکار مناسب و نگه‌داشتن شاگرد در کارگاه به کار می‌برد.',
      steps: [
        { title: 'فهرست استادکاران', description: fa('با اتحادیه صنف و کارگاه‌های محل، فهرستی از استادکارانی که کارگاه فعال و سفارش پایدار دارند تهیه کنید.') },
        { title: 'مصاحبه و روز آزمایشی', description: fa('در مصاحبه انگیزه استادکار را بپرسید و یک روز آموزش آزمایشی با یک شاگرد داوطلب برگزار کنید.') },
        { title: 'دو جلسه آماده‌سازی', description: fa('آموزش به بزرگسالان، رفتار محترمانه، شناخت محدودیت‌های شاگرد و پر کردن فرم پیشرفت.') },
        { title: 'قرارداد سه‌جانبه', description: fa('میان مؤسسه، استادکار و شاگرد: ساعت کار، سهم دستمزد، ایمنی و راه حل اختلاف.') },
        { title: 'پایش ماهانه', description: fa('فرم پیشرفت ماهانه و یک بازدید سرزده در هر ماه؛ اگر شاگرد دو ماه پیشرفت نکرد، با استادکار و شاگرد گفت‌وگو کنید.') },
      ],
      transferConditions: fa('در رشته‌هایی که کارگاه‌های کوچک خانوادگی دارند بهتر جواب می‌دهد. مؤسسه باید دست‌کم یک کارشناس برای بازدیدها داشته باشد.'),
      resourcesNeeded: 'یک کارشناس نیمه‌وقت برای هر ده استادکار، هزینه رفت‌وآمد بازدیدها، فرم‌های پایش چاپی.',
      evidence: r.caseStudies('carpet-apprenticeship-kerman'),
      stages: r.stages('placement'),
      topics: r.topics('apprenticeship', 'carpet-weaving'),
      targetGroups: r.targetGroups('female-heads-of-household'),
      contact: { name: 'مریم افشار', email: 'info@dast-honarmand.example', phone: '034-32451870' },
      visibility: 'public',
    }),
    en: {
      title: 'Choosing, preparing and monitoring masters in a master–apprentice placement',
      summary: 'A five-step method the Kerman Skilled Hands Charity uses to find suitable masters and keep apprentices in the workshop.',
      steps: [
        { title: 'List of masters' },
        { title: 'Interview and trial day' },
        { title: 'Two preparation sessions' },
        { title: 'Three-party agreement' },
        { title: 'Monthly monitoring' },
      ],
    },
  },
  {
    key: 'accessible-call-centre',
    organization: ngo.tehranCallCentre,
    state: 'published',
    fa: (r) => ({
      title: 'تطبیق ایستگاه کار مرکز تماس برای کارکنان نابینا',
      summary: 'چهار گام برای آماده کردن یک مرکز تماس عادی تا کارمند نابینا بتواند بی‌کمک دیگران در آن کار کند.',
      steps: [
        { title: 'آزمون نرم‌افزار با صفحه‌خوان', description: fa('پیش از آموزش، سامانه‌های کارفرما را با صفحه‌خوان بیازمایید و گره‌ها را به‌صورت فهرست به واحد فناوری بدهید.') },
        { title: 'ایستگاه کار', description: fa('هدست دوگوش، صفحه‌کلید با برجستگی، میز ثابت و راهرو بی‌مانع تا سرویس بهداشتی.') },
        { title: 'همکار راهنما', description: fa('برای هر سه کارمند تازه‌وارد یک همکار راهنما در دو ماه نخست.') },
        { title: 'بازبینی پس از سه ماه', description: fa('با کارمند و سرپرست، گره‌های باقی‌مانده را فهرست و رفع کنید.') },
      ],
      resourcesNeeded: 'صفحه‌خوان رایگان، هدست و صفحه‌کلید مناسب، چند ساعت کار واحد فناوری کارفرما.',
      evidence: r.caseStudies('call-centre-tehran'),
      stages: r.stages('placement', 'job-placement'),
      topics: r.topics('workplace-accessibility', 'digital-skills'),
      targetGroups: r.targetGroups('visual-impairment'),
      visibility: 'public',
    }),
  },
  {
    key: 'market-test',
    organization: ngo.gilanGreen,
    state: 'published',
    fa: (r) => ({
      title: 'آزمون بازار در مقیاس کوچک پیش از خرید تجهیزات',
      summary: 'پیش از آنکه سرمایه مددجو صرف سازه و ابزار شود، محصول را کوچک تولید کنید و بفروشید.',
      steps: [
        { title: 'شناخت خریدار', description: fa('دست‌کم ده خریدار احتمالی را ببینید و قیمت، حجم و زمان خرید را بپرسید.') },
        { title: 'تولید آزمایشی', description: fa('با ابزار اجاره‌ای یا کارگاه یک استادکار، یک نوبت کوچک تولید کنید.') },
        { title: 'فروش واقعی', description: fa('نوبت آزمایشی را بفروشید، نه هدیه دهید؛ قیمت واقعی را ثبت کنید.') },
        { title: 'تصمیم', description: fa('اگر فروش با هزینه‌ها جور درآمد، با قرارداد یا سفارش کتبی تجهیزات را بخرید؛ اگر نه، محصول را عوض کنید.') },
      ],
      evidence: r.caseStudies('greenhouse-gilan'),
      stages: r.stages('economic-readiness'),
      topics: r.topics('market-access', 'self-employment'),
      visibility: 'public',
      licence: 'CC-BY-SA-4.0',
    }),
    en: {
      title: 'A small market test before buying equipment',
      summary: 'Before a client’s capital goes into buildings and tools, make a small batch and sell it.',
      steps: [{ title: 'Know the buyer' }, { title: 'Trial batch' }, { title: 'A real sale' }, { title: 'Decide' }],
      transferConditions: en('Works for any product sold on the open market.'),
    },
  },
  {
    key: 'family-financial-literacy',
    organization: ngo.lorestanBees,
    state: 'submitted',
    fa: (r) => ({
      title: 'کارگاه سواد مالی با حضور یکی از اعضای خانواده',
      summary: 'مددجو و یک عضو خانواده با هم در سه جلسه سواد مالی شرکت می‌کنند تا بودجه کسب‌وکار و خانه از هم جدا بماند.',
      steps: [
        { title: 'دعوت از خانواده', description: fa('از مددجو بخواهید کسی را که در خانه درباره پول تصمیم می‌گیرد همراه بیاورد.') },
        { title: 'دفتر دخل‌وخرج جدا', description: fa('تمرین نوشتن دخل‌وخرج کسب‌وکار در دفتری جدا از خرج خانه.') },
        { title: 'برنامه بازپرداخت', description: fa('با هم تقویم اقساط وام را بچینید و ذخیره ماه‌های کم‌درآمد را حساب کنید.') },
      ],
      stages: r.stages('economic-readiness', 'soft-skills'),
      topics: r.topics('financial-literacy', 'family-engagement'),
      targetGroups: r.targetGroups('physical-disability'),
      visibility: 'public',
    }),
  },
]
