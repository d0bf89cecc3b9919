/** Just enough XML writing for the protocol's answers: escaped text, attributes, and elements. */

// Characters XML 1.0 cannot carry at all (controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF):
// a stray one in a record's text would make the whole answer unreadable to the harvester.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export const escapeXml = (text: string): string =>
  text
    .replace(forbidden, '')
    .replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)

export type Attributes = Record<string, string | number | undefined>

const attributes = (attrs: Attributes): string =>
  Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('')

/** An element holding other elements (already written); empty when it has none. */
export const element = (name: string, attrs: Attributes, ...children: string[]): string =>
  children.length === 0 ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${children.join('')}</${name}>`

/** An element holding text. */
export const textElement = (name: string, text: string, attrs: Attributes = {}): string =>
  `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`
