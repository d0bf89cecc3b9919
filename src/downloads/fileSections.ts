import type { CurriculumEdition, Section } from '../curricula/edition'
import { curriculumWords } from '../i18n/curriculum'
import type { Printed } from './words'

const persian = /[\u0600-\u06FF]/

/** The sections of the file: "about", the edition's own, then the licence and permanent link. */
export const fileSections = (edition: CurriculumEdition, p: Printed): Section[] => [
  {
    id: 'doc-about',
    title: curriculumWords.about[edition.locale],
    blocks: [...(edition.summary ? [{ kind: 'paragraphs' as const, text: edition.summary }] : []), { kind: 'facts', facts: edition.facts }],
    sections: [],
  },
  ...edition.sections,
  {
    id: 'doc-licence',
    title: `${p.t.licence} · ${p.t.permalink}`,
    blocks: [
      {
        kind: 'facts',
        facts: [
          { key: 'licence', term: p.t.licence, values: [{ text: edition.licence, ltr: !persian.test(edition.licence) }] },
          { key: 'permalink', term: p.t.permalink, values: [{ text: p.permalink, ltr: true }] },
        ],
      },
      { kind: 'paragraphs', text: p.t.readmeLicence },
    ],
    sections: [],
  },
]

