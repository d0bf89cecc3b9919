/**
 * Facet values as single tokens: a marker followed by the hexadecimal UTF-8 of `facet=value`, letters
 * and digits only, so tokenizers keep it whole and no folding changes it. The embedded engine filters by
 * them (embedded/tags.ts); in both engines, outcome words find the outcome's tag (settings.ts).
 */

export const tagMarker = 'zqf'

const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex')

export const facetTag = (facet: string, value: string): string => `${tagMarker}${hex(`${facet}=${value}`)}`
