import { pair } from '.'

export const common = {
  siteName: pair('هم‌افزا', 'Hamafza'),
  siteTagline: pair(
    'دانش مشترک شبکه ملی سازمان‌های مردم‌نهاد اشتغال',
    "The knowledge commons of Iran's national network of employment NGOs",
  ),
  skipToContent: pair('رفتن به محتوای اصلی', 'Skip to main content'),
  mainNavigation: pair('پیمایش اصلی', 'Main navigation'),
  home: pair('خانه', 'Home'),
  search: pair('جست‌وجو', 'Search'),
  outcomeMap: pair('نقشه نتیجه‌ها', 'Outcome map'),
  exchange: pair('بازار منابع', 'Resource exchange'),
  caseStudies: pair('مطالعات موردی', 'Case studies'),
  lessons: pair('درس‌آموخته‌ها', 'Lessons learned'),
  bestPractices: pair('تجربه‌های برتر', 'Best practices'),
  curricula: pair('برنامه‌های درسی استاندارد', 'Standard curricula'),
  organizations: pair('سازمان‌های عضو', 'Member NGOs'),
  provinces: pair('استان‌ها', 'Provinces'),
  signIn: pair('ورود اعضا', 'Member sign-in'),
  signOut: pair('خروج', 'Sign out'),
  signedInAs: pair('واردشده با نام', 'Signed in as'),
  languageSwitch: pair('English', 'فارسی'),
  languageSwitchLabel: pair('Read this page in English', 'این صفحه به فارسی'),
  footerAbout: pair(
    'هم‌افزا جایی است که سازمان‌های مردم‌نهاد عضو شبکه، تجربه‌های موفق و ناموفق، درس‌آموخته‌ها و برنامه‌های درسی استاندارد آمادگی شغلی را با هم به اشتراک می‌گذارند.',
    'Hamafza is where the member NGOs of the network share their successes and failures, lessons learned and the standard job-preparation curricula.',
  ),
  footerNavigation: pair('پیوندهای پایین صفحه', 'Footer links'),
  adminPanel: pair('پنل نویسندگان', 'Authors’ panel'),
  notFoundTitle: pair('این صفحه پیدا نشد', 'Page not found'),
  notFoundBody: pair(
    'نشانی را بررسی کنید یا از جست‌وجو کمک بگیرید. ممکن است این سند هنوز منتشر نشده یا فقط برای اعضای شبکه باشد.',
    'Check the address or try a search. The document may not be published yet, or it may be for network members only.',
  ),
}
