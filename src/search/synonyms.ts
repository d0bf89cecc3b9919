/**
 * Words the network uses interchangeably, each side finding the other. Written as people type them;
 * both adapters normalize them before use. Single words only: a phrase would need its own matching rule.
 */
export const synonyms: Readonly<Record<string, readonly string[]>> = {
  سمن: ['ngo'],
  ngo: ['سمن'],
  mentoring: ['coaching'],
  coaching: ['mentoring'],
}

/**
 * Words for a case study's outcome, which also find the case studies of that outcome (the outcome
 * facet) whether or not their text uses the word. Written as people type them; normalized before use.
 */
export const outcomeWords: Readonly<Record<'success' | 'failure', readonly string[]>> = {
  success: ['موفق', 'موفقیت', 'موفقیت‌آمیز', 'کامیاب', 'کامیابی', 'success', 'successful', 'succeeded'],
  failure: ['شکست', 'شکست‌خورده', 'ناموفق', 'ناکام', 'ناکامی', 'failure', 'failed', 'unsuccessful'],
}
