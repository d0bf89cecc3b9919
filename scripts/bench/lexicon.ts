/**
 * The raw material of the benchmark corpus: real Persian function words, domain words of the
 * employment NGOs' field, stems, affixes and syllables, and some English. The vocabulary builder
 * (vocabulary.ts) turns these into tens of thousands of distinct words.
 */

/** The most frequent words of written Persian, in rough order of frequency. */
export const functionWords = [
  'و', 'در', 'به', 'از', 'که', 'این', 'را', 'با', 'است', 'برای', 'آن', 'یک', 'تا', 'می‌شود', 'بود', 'شد',
  'هم', 'بر', 'یا', 'کرد', 'شده', 'نیز', 'اما', 'پس', 'اگر', 'هر', 'چه', 'خود', 'ما', 'آنها', 'دیگر', 'بین',
  'پیش', 'بعد', 'همه', 'چند', 'باید', 'کنند', 'دارد', 'داشت', 'شود', 'وجود', 'بیشتر', 'طی', 'روی', 'زیر',
  'می‌کنند', 'می‌کند', 'بودند', 'شدند', 'کردند', 'دارند', 'نمی‌شود', 'سپس', 'همچنین', 'ولی', 'چون', 'حتی',
  'بدون', 'درباره', 'میان', 'نزد', 'جز', 'همین', 'چنین', 'آنکه', 'زیرا', 'هنوز',
]

/** Words of the network's own field, which readers actually search for. */
export const domainWords = [
  'کارآموزی', 'قالی‌بافی', 'زنبورداری', 'تسهیلگر', 'سرپرست', 'خانوار', 'مددجو', 'مددجویان', 'بهزیستی', 'اشتغال',
  'کارآفرینی', 'خوداشتغالی', 'تعاونی', 'گلخانه', 'خیاطی', 'صنایع‌دستی', 'فرش‌بافی', 'معلولیت', 'نابینا', 'ناشنوا',
  'توانبخشی', 'مهارت‌آموزی', 'کارورزی', 'استادکار', 'کارفرما', 'بیمه', 'تسهیلات', 'وام', 'بلاعوض', 'سمن',
  'سازمان', 'مردم‌نهاد', 'روستایی', 'جوانان', 'زنان', 'آموزش', 'مهارت', 'بازار', 'فروش', 'درآمد',
  'پیگیری', 'ماندگاری', 'ارزیابی', 'سنجش', 'آمادگی', 'شغلی', 'شغل', 'حرفه‌ای', 'فنی', 'کسب‌وکار',
  'خرد', 'سرمایه', 'کارگاه', 'دوره', 'مربی', 'دانش‌آموخته', 'کارجو', 'مشاوره', 'شبکه', 'استان',
  'شهرستان', 'روستا', 'دهیاری', 'بافنده', 'نخ', 'پشم', 'رنگرزی', 'عسل', 'کندو', 'زعفران',
  'پسته', 'خرما', 'دامداری', 'مرغداری', 'قارچ', 'شیرینی‌پزی', 'آرایشگری', 'سفالگری', 'معرق', 'منبت',
  'گلیم', 'جاجیم', 'حصیربافی', 'سبدبافی', 'چرم', 'زیورآلات', 'گیوه', 'نمد', 'سوزن‌دوزی', 'قلاب‌بافی',
  'ابریشم', 'پیله', 'گیاهان', 'دارویی', 'خشکبار', 'ترشی', 'رب', 'لبنیات', 'نانوایی', 'تعمیرات',
  'موبایل', 'رایانه', 'مرکز', 'تماس', 'اپراتور', 'حسابداری', 'تایپ', 'گرافیک', 'عکاسی', 'بسته‌بندی',
  'نمایشگاه', 'بازارچه', 'فروشگاه', 'اینترنتی', 'مشتری', 'قیمت', 'سفارش', 'تحویل', 'کیفیت', 'استاندارد',
  'گواهی‌نامه', 'مدرک', 'فنی‌وحرفه‌ای', 'آزمون', 'مصاحبه', 'رزومه', 'استخدام', 'قرارداد', 'حقوق', 'دستمزد',
  'ساعت‌کاری', 'شیفت', 'ایاب‌وذهاب', 'دسترس‌پذیری', 'رمپ', 'ویلچر', 'عصا', 'بریل', 'زبان‌اشاره', 'سمعک',
  'اوتیسم', 'اعتیاد', 'بهبودی', 'ترک', 'شبه‌خانواده', 'بی‌سرپرست', 'بدسرپرست', 'یتیم', 'نوجوان', 'سالمند',
  'همسر', 'فرزند', 'خانواده', 'همراهی', 'انگیزه', 'اعتمادبه‌نفس', 'جرأتمندی', 'سواد', 'مالی', 'پس‌انداز',
  'صندوق', 'خرد', 'اعتبار', 'ضامن', 'ضمانت', 'بانک', 'بازپرداخت', 'قسط', 'بدهی', 'یارانه',
  'مشوق', 'معافیت', 'مالیات', 'سهمیه', 'تکلیفی', 'خیرین', 'حامی', 'داوطلب', 'نیکوکاری', 'مشارکت',
  'شهرداری', 'فرمانداری', 'استانداری', 'دانشگاه', 'پژوهش', 'گزارش', 'تجربه', 'درس‌آموخته', 'شکست', 'موفقیت',
  'چالش', 'راهکار', 'پیشنهاد', 'برنامه', 'طرح', 'پروژه', 'هدف', 'شاخص', 'نتیجه', 'اثربخشی',
  'پایداری', 'هزینه', 'بودجه', 'منابع', 'ظرفیت', 'توانمندسازی', 'مشارکتی', 'اجتماع‌محور', 'محله', 'حاشیه‌نشین',
  'مهاجر', 'افغانستانی', 'عشایر', 'کشاورزی', 'باغداری', 'آبیاری', 'قطره‌ای', 'دام', 'علوفه', 'شیلات',
  'ماهی', 'پرورش', 'نهال', 'بذر', 'کود', 'برداشت', 'انبار', 'سردخانه', 'حمل', 'صادرات',
]

/** Multi-word terms of the field, dropped into sentences as they are. */
export const domainPhrases = [
  'سرپرست خانوار', 'زنان سرپرست خانوار', 'صنایع دستی', 'کسب و کار', 'مهارت‌های نرم', 'بازار کار', 'سازمان مردم‌نهاد',
  'افراد دارای معلولیت', 'کارگاه قالی‌بافی', 'مرکز تماس', 'بیمه کارفرمایی', 'تسهیلات تکلیفی', 'آموزش فنی و حرفه‌ای',
  'پیگیری ماندگاری شغلی', 'استاد و شاگردی', 'جوانان روستایی', 'اشتغال خانگی', 'کمک‌هزینه آموزش', 'سرمایه کار بلاعوض',
]

/** Persian stems (nouns, adjectives and present stems of verbs) that affixes and compounds build on. */
export const stems = [
  'کار', 'دان', 'آموز', 'ساز', 'باف', 'گیر', 'ده', 'کن', 'رو', 'خوان', 'نویس', 'بین', 'پرور', 'دار', 'بخش', 'یاب',
  'شناس', 'نگار', 'فروش', 'خر', 'بر', 'آور', 'گذار', 'پذیر', 'رس', 'جو', 'دوز', 'پز', 'کار', 'کوش', 'توان', 'خواه',
  'گو', 'شنو', 'ران', 'مان', 'نشین', 'افروز', 'سوز', 'ریز', 'چین', 'کش', 'زن', 'بند', 'گشا', 'نما', 'ستان', 'پوش',
  'دل', 'دست', 'سر', 'پا', 'چشم', 'گوش', 'زبان', 'جان', 'تن', 'خانه', 'شهر', 'ده', 'کوه', 'دشت', 'آب', 'باغ',
  'گل', 'درخت', 'برگ', 'ریشه', 'شاخه', 'میوه', 'نان', 'آش', 'شیر', 'پنیر', 'نمک', 'قند', 'چای', 'فرش', 'قالی', 'گلیم',
  'رنگ', 'نقش', 'طرح', 'نخ', 'سوزن', 'پارچه', 'جامه', 'کفش', 'کلاه', 'چرم', 'سنگ', 'خاک', 'گچ', 'آجر', 'چوب', 'آهن',
  'مس', 'زر', 'سیم', 'شیشه', 'کاغذ', 'قلم', 'کتاب', 'درس', 'مدرسه', 'دانش', 'هنر', 'فن', 'پیشه', 'ورز', 'روز', 'شب',
  'سال', 'ماه', 'هفته', 'بهار', 'پاییز', 'زمستان', 'تابستان', 'راه', 'جاده', 'پل', 'در', 'بام', 'دیوار', 'حیاط', 'اتاق',
  'مرد', 'زن', 'کودک', 'پیر', 'جوان', 'دوست', 'یار', 'همسایه', 'مهمان', 'بازار', 'کالا', 'بها', 'سود', 'زیان', 'مزد',
  'رنج', 'شاد', 'غم', 'امید', 'بیم', 'مهر', 'خشم', 'آرام', 'تند', 'کند', 'نرم', 'سخت', 'تازه', 'کهنه', 'پاک', 'روشن',
  'تاریک', 'بلند', 'کوتاه', 'پهن', 'تنگ', 'گرم', 'سرد', 'خشک', 'تر', 'سبز', 'سرخ', 'زرد', 'سیاه', 'سپید', 'نیک', 'بد',
  'هوش', 'یاد', 'فکر', 'اندیش', 'نگاه', 'گفتار', 'رفتار', 'کردار', 'پندار', 'آیین', 'رسم', 'پیمان', 'داد', 'ستد', 'خرید',
]

/** Suffixes written after a half-space. */
export const joinedBySpaceSuffixes = ['ها', 'های', 'تر', 'ترین', 'ای', 'اند', 'ام']

/** Suffixes written attached. */
export const attachedSuffixes = [
  'ی', 'ان', 'گر', 'گری', 'مند', 'انه', 'ستان', 'کده', 'گاه', 'ش', 'نده', 'ار', 'یار', 'وار', 'ین', 'چی', 'دان',
  'زار', 'سار', 'ناک', 'گین', 'یت', 'گان',
]

/** Prefixes: verb prefixes take a half-space, the others are attached. */
export const halfSpacePrefixes = ['می', 'نمی', 'بی', 'هم', 'پیش', 'پس']
export const attachedPrefixes = ['نا', 'با', 'بر', 'باز', 'فرا', 'در', 'وا', 'سر']

/** Syllables of Persian words, combined two or three at a time into words that look Persian. */
export const syllables = [
  'با', 'بر', 'دار', 'کار', 'گاه', 'ران', 'زاد', 'سار', 'مان', 'نش', 'تا', 'نو', 'رو', 'شی', 'فر', 'هن', 'گل', 'من',
  'سا', 'زی', 'خو', 'رد', 'پر', 'ور', 'نی', 'کو', 'لا', 'بی', 'دا', 'مو', 'سی', 'تن', 'خا', 'نه', 'گی', 'یا', 'را',
  'جا', 'پو', 'شا', 'فا', 'قا', 'لو', 'مه', 'زه', 'چا', 'ژا', 'غو', 'طا', 'صا', 'حا', 'عا', 'ثا', 'ضا', 'ظا', 'ذا',
  'بند', 'دست', 'نام', 'کوه', 'رود', 'شهر', 'باغ', 'سنگ', 'مهر', 'ماه', 'روز', 'سال', 'نور', 'آب', 'آذر', 'اسپ', 'اند',
  'ارد', 'اش', 'است', 'ام', 'ان', 'ای', 'اور', 'بخت', 'برز', 'بست', 'پاد', 'پیر', 'تاب', 'تخت', 'ترش', 'جان', 'جوی',
  'چرخ', 'چشم', 'خان', 'خرد', 'خشت', 'دیو', 'رام', 'رنگ', 'ریز', 'زار', 'زمین', 'سبز', 'ستر', 'سرو', 'شاخ', 'شید',
  'فرخ', 'کام', 'کشت', 'گرد', 'گشت', 'لاد', 'مرز', 'مشک', 'نار', 'نژاد', 'نیک', 'وند', 'هور', 'یار', 'یزد', 'دین',
  'سین', 'میر', 'بیش', 'کین', 'تیر', 'گیس', 'شور', 'دور', 'سوز', 'روش', 'کوش', 'پوش', 'جوش', 'موس', 'توس', 'لور',
]

/** Function words of English, for the English translations. */
export const englishFunctionWords = [
  'the', 'of', 'and', 'to', 'in', 'a', 'for', 'with', 'on', 'was', 'were', 'is', 'by', 'from', 'as', 'at', 'their',
  'they', 'this', 'that', 'it', 'an', 'or', 'after', 'before', 'who', 'which', 'had', 'has', 'not', 'more', 'each',
]

/** English words of the field, as translators render it. */
export const englishDomainWords = [
  'apprenticeship', 'carpet', 'weaving', 'beekeeping', 'facilitator', 'household', 'head', 'client', 'clients',
  'welfare', 'employment', 'entrepreneurship', 'self-employment', 'cooperative', 'greenhouse', 'tailoring',
  'handicrafts', 'disability', 'blind', 'deaf', 'rehabilitation', 'training', 'internship', 'master', 'employer',
  'insurance', 'loan', 'loans', 'grant', 'NGO', 'NGOs', 'rural', 'youth', 'women', 'skills', 'market', 'sales',
  'income', 'follow-up', 'retention', 'assessment', 'readiness', 'job', 'jobs', 'vocational', 'business', 'micro',
  'capital', 'workshop', 'course', 'trainer', 'graduate', 'jobseeker', 'counselling', 'network', 'province',
  'village', 'wool', 'dyeing', 'honey', 'hive', 'saffron', 'pistachio', 'dates', 'livestock', 'poultry',
  'mushroom', 'bakery', 'hairdressing', 'pottery', 'marquetry', 'kilim', 'leather', 'jewellery', 'embroidery',
  'crochet', 'silk', 'herbs', 'dried', 'fruit', 'dairy', 'repair', 'mobile', 'computer', 'call', 'centre', 'operator',
  'accounting', 'graphic', 'photography', 'packaging', 'exhibition', 'bazaar', 'shop', 'online', 'customer', 'price',
  'order', 'delivery', 'quality', 'standard', 'certificate', 'exam', 'interview', 'resume', 'hiring', 'contract',
  'wage', 'shift', 'transport', 'accessibility', 'ramp', 'wheelchair', 'braille', 'sign', 'language', 'autism',
  'addiction', 'recovery', 'care', 'leavers', 'orphan', 'elderly', 'family', 'motivation', 'confidence', 'literacy',
  'savings', 'fund', 'credit', 'guarantor', 'bank', 'repayment', 'instalment', 'debt', 'subsidy', 'incentive', 'tax',
  'quota', 'donors', 'volunteer', 'charity', 'participation', 'municipality', 'university', 'research', 'report',
  'lesson', 'failure', 'success', 'challenge', 'solution', 'programme', 'project', 'goal', 'indicator', 'outcome',
  'effectiveness', 'sustainability', 'cost', 'budget', 'capacity', 'empowerment', 'community', 'migrants', 'nomads',
  'agriculture', 'orchard', 'irrigation', 'drip', 'fodder', 'fishery', 'seedlings', 'harvest', 'storage', 'export',
  'Excel', 'WhatsApp', 'Instagram', 'Telegram', 'Digikala', 'Divar', 'Snapp', 'ICT', 'GIS', 'Python',
]

/** Syllables of English-looking words, for the long tail of the English translations. */
export const englishSyllables = [
  'con', 'pro', 'ter', 'ment', 'tion', 'al', 'ic', 'ver', 'sta', 'ble', 'ing', 'der', 'per', 'com', 'dis', 'ex',
  'in', 're', 'un', 'ly', 'ous', 'ness', 'ful', 'ate', 'ize', 'port', 'form', 'tract', 'duct', 'spect', 'struct',
  'gram', 'graph', 'log', 'nom', 'path', 'phon', 'scrib', 'sent', 'vis', 'voc', 'mar', 'lin', 'tor', 'pen', 'dal',
]
