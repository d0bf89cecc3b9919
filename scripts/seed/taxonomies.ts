/** The network's shared vocabularies: every term in Persian and English, with a stable slug. */
export type TermSeed = { slug: string; fa: string; en: string; description?: { fa: string; en: string } }

export type TopicSeed = TermSeed & { children: TermSeed[] }

export const topics: TopicSeed[] = [
  {
    slug: 'job-readiness',
    fa: 'آمادگی شغلی',
    en: 'Job readiness',
    description: {
      fa: 'آماده‌سازی روانی، اجتماعی و اقتصادی مددجو پیش از ورود به بازار کار.',
      en: 'Psychological, social and economic preparation of a client before entering the labour market.',
    },
    children: [
      { slug: 'soft-skills-training', fa: 'آموزش مهارت‌های نرم', en: 'Soft-skills training' },
      { slug: 'self-confidence-assertiveness', fa: 'اعتمادبه‌نفس و جرأتمندی', en: 'Self-confidence and assertiveness' },
      { slug: 'financial-literacy', fa: 'سواد مالی', en: 'Financial literacy' },
      { slug: 'family-engagement', fa: 'همراهی خانواده', en: 'Family engagement' },
    ],
  },
  {
    slug: 'skills-training',
    fa: 'مهارت‌آموزی',
    en: 'Skills training',
    description: {
      fa: 'آموزش مهارت‌های فنی و حرفه‌ای متناسب با توانایی فرد و نیاز بازار.',
      en: 'Technical and vocational training matched to the person and to market demand.',
    },
    children: [
      { slug: 'apprenticeship', fa: 'کارورزی و استاد–شاگردی', en: 'Internship and master–apprentice placement' },
      { slug: 'carpet-weaving', fa: 'فرش‌بافی', en: 'Carpet weaving' },
      { slug: 'handicrafts', fa: 'صنایع‌دستی', en: 'Handicrafts' },
      { slug: 'tailoring', fa: 'خیاطی و پوشاک', en: 'Tailoring and garments' },
      { slug: 'digital-skills', fa: 'مهارت‌های رایانه‌ای و مرکز تماس', en: 'Digital and call-centre skills' },
    ],
  },
  {
    slug: 'employment-entrepreneurship',
    fa: 'اشتغال و کارآفرینی',
    en: 'Employment and entrepreneurship',
    children: [
      { slug: 'wage-employment', fa: 'اشتغال مزدبگیری', en: 'Wage employment' },
      { slug: 'self-employment', fa: 'خوداشتغالی و کسب‌وکار خرد', en: 'Self-employment and micro-enterprise' },
      { slug: 'cooperatives', fa: 'تعاونی‌ها', en: 'Cooperatives' },
      { slug: 'agriculture', fa: 'کشاورزی، زنبورداری و گلخانه', en: 'Agriculture, beekeeping and greenhouses' },
      { slug: 'market-access', fa: 'دسترسی به بازار و فروش', en: 'Market access and sales' },
      { slug: 'workplace-accessibility', fa: 'دسترس‌پذیری محیط کار', en: 'Workplace accessibility' },
    ],
  },
  {
    slug: 'financing',
    fa: 'تأمین مالی',
    en: 'Financing',
    children: [
      { slug: 'loans', fa: 'تسهیلات و وام', en: 'Loans' },
      { slug: 'grants', fa: 'کمک‌های بلاعوض', en: 'Grants' },
      { slug: 'insurance-incentives', fa: 'مشوق‌های بیمه‌ای', en: 'Insurance incentives' },
    ],
  },
]

export const targetGroups: TermSeed[] = [
  { slug: 'physical-disability', fa: 'افراد دارای معلولیت جسمی–حرکتی', en: 'People with physical or mobility disabilities' },
  { slug: 'visual-impairment', fa: 'افراد نابینا و کم‌بینا', en: 'Blind and partially sighted people' },
  { slug: 'hearing-impairment', fa: 'افراد ناشنوا و کم‌شنوا', en: 'Deaf and hard-of-hearing people' },
  { slug: 'intellectual-disability', fa: 'افراد دارای معلولیت ذهنی', en: 'People with intellectual disabilities' },
  { slug: 'psychosocial-disability', fa: 'افراد دارای اختلال روانی مزمن', en: 'People with psychosocial disabilities' },
  { slug: 'autism-spectrum', fa: 'افراد دارای اختلال طیف اوتیسم', en: 'Autistic people' },
  { slug: 'female-heads-of-household', fa: 'زنان سرپرست خانوار', en: 'Female heads of household' },
  { slug: 'addiction-recovery', fa: 'افراد در حال بهبودی از اعتیاد', en: 'People in recovery from addiction' },
  { slug: 'rural-youth', fa: 'جوانان روستایی', en: 'Rural youth' },
  { slug: 'care-leavers', fa: 'جوانان خارج‌شده از مراکز شبه‌خانواده', en: 'Young care leavers' },
]

/** The job-preparation path in the order a client walks it; `order` is the position here. */
export const processStages: TermSeed[] = [
  { slug: 'outreach', fa: 'شناسایی و جذب', en: 'Outreach' },
  { slug: 'assessment', fa: 'ارزیابی و سنجش', en: 'Assessment' },
  { slug: 'psychological-readiness', fa: 'آمادگی روانی', en: 'Psychological readiness' },
  { slug: 'social-readiness', fa: 'آمادگی اجتماعی', en: 'Social readiness' },
  { slug: 'economic-readiness', fa: 'آمادگی اقتصادی', en: 'Economic readiness' },
  { slug: 'soft-skills', fa: 'مهارت‌های نرم', en: 'Soft skills' },
  { slug: 'hard-skills', fa: 'مهارت‌های فنی و حرفه‌ای', en: 'Hard (technical) skills' },
  { slug: 'placement', fa: 'کارورزی و استاد–شاگردی', en: 'Internship and master–apprentice placement' },
  { slug: 'job-placement', fa: 'اشتغال (استخدام یا خوداشتغالی)', en: 'Job placement (employment or self-employment)' },
  { slug: 'retention', fa: 'پیگیری و ماندگاری شغلی', en: 'Retention follow-up' },
]

export const fundingInstruments: TermSeed[] = [
  {
    slug: 'mandated-employment-loans',
    fa: 'تسهیلات تکلیفی اشتغال',
    en: 'Mandated employment loans',
    description: {
      fa: 'وام‌های کم‌بهره‌ای که بانک‌ها موظف‌اند برای اشتغال مددجویان بهزیستی بپردازند؛ سقف کل آن در سال جاری ۱۰ هزار میلیارد تومان است.',
      en: 'Low-interest loans banks are required to lend for the employment of welfare clients; the national ceiling this year is 10,000 billion toman.',
    },
  },
  {
    slug: 'work-capital-grant',
    fa: 'سرمایه کار بلاعوض',
    en: 'Non-refundable work-capital grant',
    description: {
      fa: 'کمک بلاعوض برای راه‌اندازی کار؛ سقف آن برای هر نفر از ۳۰ به ۵۰ میلیون تومان رسیده است.',
      en: 'A grant to start work; the ceiling per person rose from 30 to 50 million toman.',
    },
  },
  {
    slug: 'training-grant',
    fa: 'کمک‌هزینه آموزش و آماده‌سازی شغلی',
    en: 'Training and job-preparation grant',
    description: {
      fa: 'کمک‌هزینه بلاعوض آموزش و مهارت‌آموزی که از ۵ به ۱۰ میلیون تومان برای هر نفر افزایش یافته است.',
      en: 'A non-refundable training allowance, raised from 5 to 10 million toman per person.',
    },
  },
  {
    slug: 'employer-insurance',
    fa: 'بیمه کارفرمایی',
    en: 'Employer insurance incentive',
    description: {
      fa: 'پرداخت سهم بیمه کارفرما برای مددجویی که استخدام می‌شود، به‌عنوان مشوق کارفرما.',
      en: "The employer's social-insurance share paid for a hired client, as an incentive to the employer.",
    },
  },
  {
    slug: 'self-employment-insurance',
    fa: 'بیمه خویش‌فرمایی',
    en: 'Self-employment insurance',
    description: {
      fa: 'کمک به پرداخت حق بیمه مددجویانی که کسب‌وکار خود را راه انداخته‌اند.',
      en: 'Help with the contributions of clients who run their own business.',
    },
  },
  {
    slug: 'charitable-donations',
    fa: 'کمک‌های خیرین و منابع خود سازمان',
    en: "Charitable donations and the NGO's own funds",
  },
]
