import Link from 'next/link'

import type { Block, Fact, Section } from '../../../curricula/edition'
import { curriculumWords } from '../../../i18n/curriculum'
import type { Locale } from '../../locale'
import { paths } from '../../paths'
import { DocumentRichText } from '../DocumentRichText'
import { InLanguage, textLanguage } from '../TextLanguage'

/**
 * The body of a curriculum edition on its page: the sections of src/curricula/edition.ts, the same ones its PDF
 * and DOCX print, as headings, paragraphs, tables and lists.
 */

const listSeparator = (locale: Locale) => (locale === 'fa' ? '، ' : ', ')

/** A fact's values, linked where they name an NGO or a province. */
export function FactValues({ fact, locale }: { fact: Fact; locale: Locale }) {
  return (
    <>
      {fact.values.map((value, index) => (
        <span key={index}>
          {index > 0 ? listSeparator(locale) : null}
          {value.ref ? (
            <Link href={paths.document(locale, value.ref.collection, value.ref.id)}>
              <InLanguage text={value.text} locale={locale} />
            </Link>
          ) : value.ltr ? (
            <span dir="ltr">{value.text}</span>
          ) : (
            <InLanguage text={value.text} locale={locale} />
          )}
        </span>
      ))}
    </>
  )
}

function Paragraphs({ text, locale }: { text: string; locale: Locale }) {
  return (
    <div {...textLanguage(text, locale)}>
      {text
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line, index) => (
          <p key={index}>{line}</p>
        ))}
    </div>
  )
}

function BlockView({ block, locale }: { block: Block; locale: Locale }) {
  const w = (key: keyof typeof curriculumWords) => curriculumWords[key][locale]
  switch (block.kind) {
    case 'paragraphs':
      return <Paragraphs text={block.text} locale={locale} />
    case 'richText':
      return <DocumentRichText data={block.value} locale={locale} />
    case 'facts':
      return (
        <dl className="doc-pairs">
          {block.facts.map((fact) => (
            <div key={fact.key}>
              <dt>{fact.term}</dt>
              <dd>
                <FactValues fact={fact} locale={locale} />
              </dd>
            </div>
          ))}
        </dl>
      )
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index} {...textLanguage(item, locale)}>
              {item}
            </li>
          ))}
        </ul>
      )
    case 'files':
      return (
        <ul className="doc-files">
          {block.files.map((file) => (
            <li key={file.id}>
              <a href={file.url ?? '#'} {...textLanguage(file.name, locale)}>
                {file.name}
              </a>{' '}
              <span className="doc-file__meta">({[file.kind, file.size].filter(Boolean).join(listSeparator(locale))})</span>
            </li>
          ))}
        </ul>
      )
    case 'modules':
      return (
        <div className="doc-table-scroll">
          <table>
            <caption>{w('modulesOverview')}</caption>
            <thead>
              <tr>
                <th scope="col">{w('moduleCode')}</th>
                <th scope="col">{w('moduleTitle')}</th>
                <th scope="col">{w('moduleHours')}</th>
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row.anchor}>
                  <td dir="ltr">{row.code}</td>
                  <th scope="row">
                    <a href={`#${row.anchor}`}>
                      <InLanguage text={row.title} locale={locale} />
                    </a>
                  </th>
                  <td>{row.hours}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <th scope="row">{w('moduleTotal')}</th>
                <td>{block.total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )
  }
}

const headings = ['h2', 'h3', 'h4', 'h5'] as const

function SectionView({ section, depth, locale }: { section: Section; depth: number; locale: Locale }) {
  const Heading = headings[Math.min(depth, headings.length) - 1]!
  const className = depth === 1 ? 'doc-section' : section.code ? 'doc-module' : undefined
  return (
    <section className={className} aria-labelledby={section.id}>
      <Heading id={section.id}>
        {section.code ? (
          <>
            <span dir="ltr">{section.code}</span> — <InLanguage text={section.title} locale={locale} />
          </>
        ) : (
          section.title
        )}
      </Heading>
      {section.blocks.map((block, index) => (
        <BlockView key={index} block={block} locale={locale} />
      ))}
      {section.sections.map((child) => (
        <SectionView key={child.id} section={child} depth={depth + 1} locale={locale} />
      ))}
    </section>
  )
}

export function CurriculumSections({ sections, locale }: { sections: Section[]; locale: Locale }) {
  return (
    <>
      {sections.map((section) => (
        <SectionView key={section.id} section={section} depth={1} locale={locale} />
      ))}
    </>
  )
}
