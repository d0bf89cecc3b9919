import { describe, expect, it } from 'vitest'

import { checkUrl, linkKinds, webKinds, type UrlProblem } from './safeUrl'

const accepted = [
  'https://behzisti.ir',
  'http://example.org/path?q=1#part',
  'HTTPS://EXAMPLE.ORG',
  'https://fa.wikipedia.org/wiki/کارآفرینی',
  'https://example.org/?next=javascript:alert(1)',
  'https://example.org/a%20b',
  'mailto:info@roshan.org',
  'mailto:info@roshan.org?subject=%D8%B3%D9%84%D8%A7%D9%85',
  'tel:+982188776655',
  'tel:021-8877-6655',
  '/fa/lessons/12',
  '/fa/search?q=قالی',
  '/search?q=a%3Ab',
  '#results',
  '?page=2',
]

const refused: [string, UrlProblem, string?][] = [
  ['javascript:alert(1)', 'scheme', 'javascript'],
  ['JaVaScRiPt:alert(1)', 'scheme', 'javascript'],
  ['  JaVaScRiPt:alert(1)', 'hiddenCharacters'],
  ['java\tscript:alert(1)', 'hiddenCharacters'],
  ['java\nscript:alert(1)', 'hiddenCharacters'],
  ['\u0001javascript:alert(1)', 'hiddenCharacters'],
  ['\u0000javascript:alert(1)', 'hiddenCharacters'],
  ['\u00a0javascript:alert(1)', 'hiddenCharacters'],
  ['\u202ejavascript:alert(1)', 'hiddenCharacters'],
  ['\u200bjavascript:alert(1)', 'scheme', 'javascript'],
  ['\ufeffjavascript:alert(1)', 'hiddenCharacters'],
  ['ｊａｖａｓｃｒｉｐｔ：alert(1)', 'scheme', 'javascript'],
  ['javascript&colon;alert(1)', 'scheme', 'javascript'],
  ['&#106;avascript:alert(1)', 'scheme', 'javascript'],
  ['&#0000106;avascript:alert(1)', 'scheme', 'javascript'],
  ['&#x6A;avascript:alert(1)', 'scheme', 'javascript'],
  ['&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a;alert(1)', 'scheme', 'javascript'],
  ['%6Aavascript:alert(1)', 'scheme', 'javascript'],
  ['javascript%3Aalert(1)', 'scheme', 'javascript'],
  ['%256Aavascript%253Aalert(1)', 'scheme', 'javascript'],
  ['%20javascript%3Aalert(1)', 'scheme', 'javascript'],
  ['java%09script:alert(1)', 'scheme', 'javascript'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'scheme', 'data'],
  ['data:image/png;base64,iVBORw0KGgo=', 'scheme', 'data'],
  ['vbscript:msgbox(1)', 'scheme', 'vbscript'],
  ['file:///etc/passwd', 'scheme', 'file'],
  ['ftp://files.example.org', 'scheme', 'ftp'],
  ['blob:https://example.org/x', 'scheme', 'blob'],
  ['//evil.example/path', 'notAnAddress'],
  ['/\\evil.example', 'notAnAddress'],
  ['\\\\evil.example', 'notAnAddress'],
  ['/%2F/evil.example', 'notAnAddress'],
  ['www.example.org', 'notAnAddress'],
  ['lessons/12', 'notAnAddress'],
  ['http:/example.org', 'notAnAddress'],
  ['https://', 'noHost'],
  ['mailto:', 'notAnAddress'],
  ['tel:', 'notAnAddress'],
  ['https://exa mple.org', 'hiddenCharacters'],
  ['', 'empty'],
  [`https://example.org/${'a'.repeat(2100)}`, 'tooLong'],
]

describe('the one URL rule', () => {
  it.each(accepted)('accepts %s', (url) => {
    expect(checkUrl(url, linkKinds)).toEqual({ ok: true })
  })

  it.each(refused)('refuses %j (%s)', (url, problem, scheme) => {
    expect(checkUrl(url, linkKinds)).toEqual({ ok: false, problem, ...(scheme ? { scheme } : {}) })
  })

  it('refuses what is not text', () => {
    expect(checkUrl(42)).toEqual({ ok: false, problem: 'empty' })
    expect(checkUrl({ href: 'https://x.org' })).toEqual({ ok: false, problem: 'empty' })
  })

  it('a website takes only a full web address', () => {
    expect(checkUrl('https://roshan.org', webKinds)).toEqual({ ok: true })
    expect(checkUrl('/fa/organizations/1', webKinds)).toEqual({ ok: false, problem: 'notAnAddress' })
    expect(checkUrl('mailto:info@roshan.org', webKinds)).toEqual({ ok: false, problem: 'scheme', scheme: 'mailto' })
    expect(checkUrl('javascript:alert(1)', webKinds)).toEqual({ ok: false, problem: 'scheme', scheme: 'javascript' })
  })
})
