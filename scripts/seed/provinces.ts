/**
 * The 31 provinces of Iran. Codes follow the English alphabetical order, "01" to "31", so they
 * never depend on how Persian text happens to sort.
 */
export type ProvinceSeed = { code: string; fa: string; en: string }

export const provinces: ProvinceSeed[] = [
  { code: '01', fa: 'البرز', en: 'Alborz' },
  { code: '02', fa: 'اردبیل', en: 'Ardabil' },
  { code: '03', fa: 'بوشهر', en: 'Bushehr' },
  { code: '04', fa: 'چهارمحال و بختیاری', en: 'Chaharmahal and Bakhtiari' },
  { code: '05', fa: 'آذربایجان شرقی', en: 'East Azerbaijan' },
  { code: '06', fa: 'فارس', en: 'Fars' },
  { code: '07', fa: 'گیلان', en: 'Gilan' },
  { code: '08', fa: 'گلستان', en: 'Golestan' },
  { code: '09', fa: 'همدان', en: 'Hamadan' },
  { code: '10', fa: 'هرمزگان', en: 'Hormozgan' },
  { code: '11', fa: 'ایلام', en: 'Ilam' },
  { code: '12', fa: 'اصفهان', en: 'Isfahan' },
  { code: '13', fa: 'کرمان', en: 'Kerman' },
  { code: '14', fa: 'کرمانشاه', en: 'Kermanshah' },
  { code: '15', fa: 'خوزستان', en: 'Khuzestan' },
  { code: '16', fa: 'کهگیلویه و بویراحمد', en: 'Kohgiluyeh and Boyer-Ahmad' },
  { code: '17', fa: 'کردستان', en: 'Kurdistan' },
  { code: '18', fa: 'لرستان', en: 'Lorestan' },
  { code: '19', fa: 'مرکزی', en: 'Markazi' },
  { code: '20', fa: 'مازندران', en: 'Mazandaran' },
  { code: '21', fa: 'خراسان شمالی', en: 'North Khorasan' },
  { code: '22', fa: 'قزوین', en: 'Qazvin' },
  { code: '23', fa: 'قم', en: 'Qom' },
  { code: '24', fa: 'خراسان رضوی', en: 'Razavi Khorasan' },
  { code: '25', fa: 'سمنان', en: 'Semnan' },
  { code: '26', fa: 'سیستان و بلوچستان', en: 'Sistan and Baluchestan' },
  { code: '27', fa: 'خراسان جنوبی', en: 'South Khorasan' },
  { code: '28', fa: 'تهران', en: 'Tehran' },
  { code: '29', fa: 'آذربایجان غربی', en: 'West Azerbaijan' },
  { code: '30', fa: 'یزد', en: 'Yazd' },
  { code: '31', fa: 'زنجان', en: 'Zanjan' },
]

/** Province codes the other data files refer to by name, so a typo fails type-checking. */
export const provinceCode = {
  eastAzerbaijan: '05',
  gilan: '07',
  isfahan: '12',
  kerman: '13',
  lorestan: '18',
  razaviKhorasan: '24',
  tehran: '28',
} as const
