/**
 * The data behind Persian-first matching: which letters are the same letter to a Persian reader,
 * which marks are dropped, which invisible characters join or vanish, and which affixes are written
 * either attached, after a half-space or after a space. Logic lives in `normalize.ts`.
 */

/** Applied after compatibility decomposition (NFKD) has split letters from their hamza and madda. */
export const letterFolds: ReadonlyMap<string, string> = new Map([
  ['\u064A', 'ی'], // ي Arabic yeh (also what ئ decomposes to)
  ['\u0649', 'ی'], // ى alef maksura
  ['\u0643', 'ک'], // ك Arabic kaf
  ['\u06AA', 'ک'], // ڪ swash kaf
  ['\u0629', 'ه'], // ة teh marbuta
  ['\u06D5', 'ه'], // ە, what ۀ decomposes to
  ['\u06C1', 'ه'], // ہ heh goal, what ۂ decomposes to
  ['\u06BE', 'ه'], // ھ heh doachashmee
  ['\u06C3', 'ه'], // ۃ
  ['\u0671', 'ا'], // ٱ alef wasla
  ['\u0672', 'ا'], // ٲ wavy hamza above
  ['\u0673', 'ا'], // ٳ wavy hamza below
  // A standalone hamza is written or dropped at will at a word's end: اجزاء / اجزا, انشاء / انشا.
  ['\u0621', ''],
  // Lower-casing one letter at a time never yields final sigma, so typed ς must meet it as σ.
  ['\u03C2', '\u03C3'],
])

/**
 * Marks dropped after decomposition: Latin accents, Arabic harakat (U+064B–065F, which also covers
 * the madda and hamza that NFKD splits off آ أ إ ؤ ئ ۀ), superscript alef, high hamza and Quranic signs.
 */
export const droppedMarks =
  /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u0610-\u061A\u064B-\u065F\u0670\u0674\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF]/gu

/** Half-spaces: they join the pieces of one word. A zero-width space is mostly a mistyped ZWNJ. */
export const joinerCodePoints: ReadonlySet<number> = new Set([0x200c, 0x200b])

/** Invisible characters that change neither letters nor word boundaries: they simply vanish. */
export const ignoredCodePoints: ReadonlySet<number> = new Set([
  0x0640, // tatweel
  0x00ad, // soft hyphen
  0x061c, // Arabic letter mark
  0x180e,
  0x200d, // zero-width joiner
  0x200e, // left-to-right mark
  0x200f, // right-to-left mark
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, // bidi embeddings and overrides
  0x2060, // word joiner
  0x2066, 0x2067, 0x2068, 0x2069, // bidi isolates
  0xfeff, // byte-order mark
])

/** First code points of the Persian ۰–۹ and Arabic-Indic ٠–٩ digit runs. */
export const digitZeros = [0x06f0, 0x0660] as const

/**
 * Verb prefixes written attached, after a half-space, or after a space: «می‌خواهم» «میخواهم» «می خواهم».
 * When a word is exactly one of these, it joins the word that follows.
 */
export const joiningPrefixes: ReadonlySet<string> = new Set(['می', 'نمی', 'بی'])

/**
 * Plural, comparative, indefinite and verb-ending suffixes written the same three ways: «کتاب‌ها» «کتابها»
 * «کتاب ها». A word that is exactly one of these joins the word before it. «تر» alone also means wet;
 * spaced comparatives are far more common in this network's writing, so they win.
 */
export const joiningSuffixes: ReadonlySet<string> = new Set([
  'ها',
  'های',
  'هایی',
  'هایم',
  'هایت',
  'هایش',
  'هایمان',
  'هایتان',
  'هایشان',
  'تر',
  'ترین',
  'ای',
  'ام',
  'ایم',
  'اید',
  'اند',
])

/** The ezafe after a final ه, written «خانه‌ی» or «خانه ی» for «خانۀ»: dropped, as ۀ folds to ه. */
export const ezafe = { letter: 'ی', after: 'ه' } as const
