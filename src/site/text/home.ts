import { pair } from '.'

/** The home page's words. The introduction retells the network's own facts (Welfare Organization, 1404). */
export const homeText = {
  heading: pair('از آنچه جواب داد بیاموزید، و از آنچه جواب نداد', 'Learn from what worked, and from what did not'),
  intro: pair(
    'هم‌افزا دانش مشترک سازمان‌های مردم‌نهادی است که در شبکه ملی اشتغال کنار هم کار می‌کنند. هر سازمان عضو، تجربه‌هایش را این‌جا با دیگران در میان می‌گذارد — هم آن‌ها که به نتیجه رسید و هم آن‌ها که شکست خورد — همراه با درس‌آموخته‌ها و برنامه‌های درسی استاندارد آمادگی شغلی، تا هیچ سازمانی یک اشتباه را دوبار تکرار نکند.',
    'Hamafza holds the shared knowledge of the NGOs that work side by side in Iran’s national employment network. Each member organization shares its experience here — the projects that succeeded and the ones that failed — together with lessons learned and the standard job-preparation curricula, so that no organization has to repeat another’s mistake.',
  ),
  facts: pair(
    'شبکه روی زیرساختی بنا می‌شود که در سازمان بهزیستی از پیش فراهم است: نزدیک به ۵۰۰ تسهیلگر شغلی در مراکز مثبت زندگی و ۱۹ مرکز پشتیبانی شغلی در سراسر کشور. سرمایه کار بلاعوض هر نفر به ۵۰ میلیون تومان و کمک‌هزینه بلاعوض آموزش و آماده‌سازی شغلی به ۱۰ میلیون تومان رسیده است، و بیمه کارفرمایی و بیمه خویش‌فرمایی، هم استخدام و هم خوداشتغالی را پشتیبانی می‌کنند.',
    'The network builds on what the Welfare Organization already has in place: some 500 job facilitators in its Positive Life centres and 19 job-support centres across the country. The non-repayable start-up grant now reaches 50 million toman a person and the training and job-preparation grant 10 million toman, while employer insurance and self-employment insurance support both being hired and working for oneself.',
  ),
  searchLabel: pair('جست‌وجو در مطالعات موردی، درس‌آموخته‌ها و برنامه‌های درسی', 'Search case studies, lessons and curricula'),
  searchButton: pair('جست‌وجو', 'Search'),
  caseStudiesHeading: pair('تازه‌ترین مطالعات موردی', 'The newest case studies'),
  caseStudiesIntro: pair(
    'شکست‌ها هم‌اندازه موفقیت‌ها آموزنده‌اند؛ این‌جا کنار هم می‌آیند.',
    'Failures teach as much as successes; here they stand side by side.',
  ),
  worked: pair('آنچه جواب داد', 'What worked'),
  didNotWork: pair('آنچه جواب نداد (یا فقط تا اندازه‌ای)', 'What did not work (or only in part)'),
  allSuccesses: pair('همه تجربه‌های موفق', 'All successes'),
  allFailures: pair('همه تجربه‌های ناموفق و دوگانه', 'All failures and mixed results'),
  noneYet: pair('هنوز موردی منتشر نشده است.', 'None published yet.'),
  curriculaHeading: pair('برنامه‌های درسی استاندارد', 'Standard curricula'),
  curriculaCaption: pair('ویرایش‌های جاری برنامه‌های درسی آمادگی شغلی', 'Current editions of the job-preparation curricula'),
  code: pair('کد', 'Code'),
  edition: pair('ویرایش', 'Edition'),
  curriculumTitle: pair('عنوان', 'Title'),
  hours: pair('ساعت آموزش', 'Hours of training'),
  allCurricula: pair('همه برنامه‌های درسی', 'All curricula'),
  numbersHeading: pair('شبکه در یک نگاه', 'The network in numbers'),
  memberNgos: pair('سازمان مردم‌نهاد عضو', 'member NGOs'),
  provincesWithMembers: pair('استان با سازمان عضو', 'provinces with members'),
  successes: pair('مطالعه موردی موفق', 'successful case studies'),
  failures: pair('مطالعه موردی ناموفق', 'failed case studies'),
  mixed: pair('مطالعه موردی با نتیجه دوگانه', 'case studies with mixed results'),
  lessons: pair('درس‌آموخته', 'lessons learned'),
  appliedLessons: pair('درس‌آموختهٔ به‌کاربسته', 'lessons applied'),
  applyingNgos: pair('سازمانی که درسی را به کار بسته است', 'NGOs that applied a lesson'),
  curricula: pair('برنامه درسی جاری', 'current curricula'),
  numbersNote: pair('شمارش‌ها فقط آنچه را شما می‌توانید بخوانید در بر می‌گیرد.', 'The counts include only what you can read.'),
}
