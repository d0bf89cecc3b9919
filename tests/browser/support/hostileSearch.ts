import type { HostileInput } from './hostile'

/** Hostile addresses for the search API, suggest, the exports, the feed and the search page. */

const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join('')
const provinces = (count: number) => Array.from({ length: count }, (_, n) => n + 1)

/** The same faults for /api/search and the site's search addresses, which read the same parameters. */
const faults: [string, string][] = [
  ['an unknown sort', 'sort=foo'],
  ['a page size over 100', 'limit=1000'],
  ['a page size of 0', 'limit=0'],
  ['a page size that is a word', 'limit=many'],
  ['a negative page', 'page=-1'],
  ['a page past 10,000', 'page=99999999999'],
  ['a 3,000-character query', `q=${repeat('a', 3000)}`],
  ['501 Persian letters', `q=${encodeURIComponent(repeat('ش', 501))}`],
  ['a NUL in the query', 'q=%00'],
  ['control characters in the query', 'q=%1B%5B31mred'],
  ['a query given twice', 'q=a&q=b'],
  ['a year that is a word', 'year=last'],
  ['a year with a fraction', 'year=2020.5'],
  ['500 provinces', `province=${provinces(500).join(',')}`],
  ['500 provinces as repeated parameters', provinces(500).map((n) => `province=${n}`).join('&')],
  ['a 300-character facet value', `type=${repeat('x', 300)}`],
  ['a control character as a facet value', 'province=%01'],
  ['an unknown parameter', 'colour=red'],
  ['a visibility of its own choosing', 'visibility=members'],
]

export const searchInputs = (): HostileInput[] => [
  ...faults.map(([what, query]): HostileInput => ({ what: `search API: ${what}`, path: `/api/search?${query}`, status: 400 })),
  { what: 'search API: an unknown locale', path: '/api/search?locale=de', status: 400, says: /locale/ },
  { what: 'search API: a sort given twice', path: '/api/search?sort=newest&sort=oldest', status: 400 },
  { what: 'search API: a NUL in a facet name', path: '/api/search?pro%00vince=1', status: 400 },
  { what: 'suggest: an unknown parameter', path: '/api/search/suggest?q=کار&x=1', status: 400, says: /x/ },
  { what: 'suggest: a 3,000-character query', path: `/api/search/suggest?q=${repeat('a', 3000)}`, status: 400 },
  { what: 'suggest: control characters', path: '/api/search/suggest?q=%07bell', status: 400 },
  { what: 'suggest: an unknown locale', path: '/api/search/suggest?q=کار&locale=de', status: 400 },
  { what: 'suggest: a query given twice', path: '/api/search/suggest?q=a&q=b', status: 400 },
]

/** The exports (CSV, JSON) and the Atom feed: plain text for CSV and the feed, JSON for the JSON export. */
export const exportInputs = (): HostileInput[] => {
  const addresses = [
    ['CSV export', '/fa/search/export.csv'],
    ['JSON export', '/fa/search/export.json'],
    ['Atom feed', '/fa/search/feed.atom'],
  ] as const
  const own: [string, string][] = [
    ['another language than the address', 'locale=de'],
    ['the other site language', 'locale=en'],
    ['a row count of 0', 'limit=0'],
    ['a row count past the most', 'limit=20000'],
    ['a row count given twice', 'limit=5&limit=6'],
    ['a page that is a word', 'page=two'],
  ]
  return addresses.flatMap(([name, path]) =>
    [...faults.filter((_, index) => index % 3 === 0), ...own].map(([what, query]): HostileInput => ({
      what: `${name}: ${what}`,
      path: `${path}?${query}`,
      status: 400,
    })),
  )
}

/** The search page answers a bad address 400, with a page that says what is wrong in its language. */
export const searchPageInputs = (): HostileInput[] => [
  { what: 'search page: an unknown sort', path: '/fa/search?sort=foo', status: 400, says: /این نشانی جست‌وجو درست نیست.*sort/ },
  { what: 'search page in English: a page size over 100', path: '/en/search?limit=1000', status: 400, says: /This search address is not valid.*limit/ },
  { what: 'search page: a query past 500 characters', path: `/fa/search?q=${repeat('b', 600)}`, status: 400, says: /\(q\)/ },
  { what: 'search page: 500 provinces', path: `/fa/search?province=${provinces(500).join(',')}`, status: 400, says: /province/ },
  { what: 'search page: another language', path: '/fa/search?locale=de', status: 400, says: /locale/ },
  { what: 'search page: an unknown parameter', path: '/fa/search?colour=red', status: 400, says: /colour/ },
]
