import { day } from './dates'
import { ngo } from './organizations'

/** An NGO's record that it put a published lesson into practice, with what came of it. */
export type ApplicationSeed = {
  lesson: string
  organization: string
  appliedOn: string
  result: 'improved' | 'unchanged' | 'worse' | 'too-early'
  fa: string
  en?: string
}

// Each lesson is applied by NGOs other than its author, with results of every kind: the demo of lessons that change practice.
export const applications: ApplicationSeed[] = [
  {
    lesson: 'no-equipment-before-orders',
    organization: ngo.gilanGreen,
    appliedOn: day(2024, 2, 10),
    result: 'improved',
    fa: 'در طرح دوم، انجمن نیمی از سرمایه را تا بستن قرارداد با یک فروشگاه زنجیره‌ای نگه داشت و گلخانه با همان سرمایه در گردش از زمستان گذشت.',
    en: 'In its second project the association kept half the capital until it signed a contract with a supermarket chain, and the greenhouse came through the winter on that working capital.',
  },
  {
    lesson: 'no-equipment-before-orders',
    organization: ngo.mashhadSewing,
    appliedOn: day(2025, 1, 20),
    result: 'too-early',
    fa: 'کارگاه دوخت مشهد خرید چرخ‌های صنعتی را تا رسیدن نخستین سفارش مدرسه‌ها عقب انداخت؛ نتیجه فروش هنوز روشن نیست.',
    en: 'The Mashhad sewing workshop put off buying industrial machines until the first school order came; the sales are not known yet.',
  },
  {
    lesson: 'mentor-selection',
    organization: ngo.mashhadSewing,
    appliedOn: day(2024, 5, 1),
    result: 'improved',
    fa: 'انجمن آفتاب همین شیوه را برای انتخاب سرپرستان تولیدی‌ها به کار برد و ترک دوره کارآموزان به نیم رسید.',
    en: 'Aftab used the same way of choosing its workshop supervisors, and trainee drop-out halved.',
  },
  {
    lesson: 'mentor-selection',
    organization: ngo.isfahanCrafts,
    appliedOn: day(2024, 9, 12),
    result: 'unchanged',
    fa: 'تعاونی اصفهان جلسه آماده‌سازی استادکاران را برگزار کرد، اما چون استادکاران همان افراد پیشین بودند، ماندگاری شاگردان تغییری نکرد.',
    en: 'The Isfahan cooperative held the preparation sessions for its masters, but as they were the same masters as before, apprentice retention did not change.',
  },
  {
    lesson: 'staged-grant',
    organization: ngo.kermanCarpet,
    appliedOn: day(2023, 4, 15),
    result: 'improved',
    fa: 'دار و مواد اولیه بافندگان خانگی پس از کارورزی و با تأیید استادکار خریده شد و هیچ داری بی‌استفاده نماند.',
    en: 'Home weavers’ looms and materials were bought after the placement, with the master’s approval, and no loom lay unused.',
  },
  {
    lesson: 'staged-grant',
    organization: ngo.gilanGreen,
    appliedOn: day(2024, 7, 3),
    result: 'worse',
    fa: 'قسط دوم با تأخیر اداره رسید و دو گلخانه‌دار فصل کاشت را از دست دادند؛ پرداخت مرحله‌ای بدون تقویم روشن پرداخت زیان زد.',
    en: 'The second instalment came late from the office and two growers missed the planting season; staged payment without a clear payment calendar did harm.',
  },
  {
    lesson: 'cooperative-governance',
    organization: ngo.kermanCarpet,
    appliedOn: day(2024, 11, 5),
    result: 'improved',
    fa: 'پیش از ثبت تعاونی بافندگان، آیین‌نامه تصمیم‌گیری و گزارش مالی ماهانه نوشته شد و نخستین مجمع بی‌اختلاف برگزار شد.',
    en: 'Before the weavers’ cooperative was registered, its decision rules and monthly financial report were written, and its first assembly met without dispute.',
  },
]
