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
