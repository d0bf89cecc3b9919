import Link from 'next/link'

import { applicationResults } from '../../../../collections/LessonApplications'
import type { DocId } from '../../../api/ids'
import { hasRole, organizationIDs, type NetworkUser } from '../../../access/roles'
import { formatDate, jalaliInputValue } from '../../../i18n/dates'
import { labels } from '../../../i18n/labels'
import { fill } from '../../documents/format'
import { loadApplications, loadChangedCurricula } from '../../documents/practice'
import { editionText } from '../../edition'
import type { Locale } from '../../locale'
import { sitePayload, viewer } from '../../payload'
import { paths } from '../../paths'
import { documents } from '../../text/documents'
import { InLanguage, textLanguage } from '../TextLanguage'

export const resultLabel = (result: string, locale: Locale): string =>
  labels[
    ({ improved: 'resultImproved', unchanged: 'resultUnchanged', worse: 'resultWorse', 'too-early': 'resultTooEarly' } as const)[
      result as 'improved'
    ] ?? 'applicationResult'
  ][locale]

/** The NGOs an editor may record an application for, by name. */
const editorOrganizations = async (locale: Locale) => {
  const user = (await viewer()) as NetworkUser | null
  if (!hasRole(user, 'editor') || organizationIDs(user).length === 0) return []
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { id: { in: organizationIDs(user) } },
    locale,
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: true,
  })
  return docs.map((doc) => ({ id: doc.id, name: doc.name ?? String(doc.id) }))
}

/**
 * What became of a lesson in practice: the NGOs that applied it and with what result, the curriculum editions
 * it changed, and for an NGO editor the form that records their NGO applied it.
 */
export async function LessonPractice({ id, locale }: { id: DocId; locale: Locale }) {
  const [entries, curricula, ownOrganizations] = await Promise.all([loadApplications(id, locale), loadChangedCurricula(id, locale), editorOrganizations(locale)])
  const t = (key: keyof typeof documents) => documents[key][locale]
  const today = new Date().toISOString().slice(0, 10)
  return (
    <>
      {curricula.length > 0 ? (
        <section className="doc-section" aria-labelledby="doc-changed-curricula">
          <h2 id="doc-changed-curricula">{t('changedCurricula')}</h2>
          <ul>
            {curricula.map((curriculum) => (
              <li key={curriculum.id}>
                <Link href={paths.document(locale, 'curricula', curriculum.id)}>
                  {fill(t('changedCurriculum'), { title: curriculum.title, edition: editionText(curriculum.edition, locale) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="doc-section doc-applied" aria-labelledby="doc-applied">
        <h2 id="doc-applied">{t('appliedBy')}</h2>
        {entries.length === 0 ? (
          <p>{t('appliedNone')}</p>
        ) : (
          <ul className="doc-applied__list">
            {entries.map((entry) => (
              <li key={entry.id} data-application={entry.id}>
                <p>
                  {entry.organization ? (
                    <Link href={paths.document(locale, 'organizations', entry.organization.id)}>
                      <InLanguage text={entry.organization.name} locale={locale} />
                    </Link>
                  ) : null}
                  {' — '}
                  <time dateTime={entry.appliedOn}>{formatDate(entry.appliedOn, locale)}</time>
                  {' — '}
                  {t('appliedResult')}: <strong>{resultLabel(entry.result, locale)}</strong>
                </p>
                {entry.whatHappened ? <p {...textLanguage(entry.whatHappened, locale)}>{entry.whatHappened}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {ownOrganizations.length > 0 ? (
          <form method="post" action={paths.lessonApplied(locale, id)} className="doc-applied__form" aria-labelledby="doc-applied-form">
            <h3 id="doc-applied-form">{t('appliedFormHeading')}</h3>
            <p>{t('appliedFormIntro')}</p>
            {ownOrganizations.length > 1 ? (
              <p>
                <label htmlFor="applied-organization">{t('appliedFormOrganization')}</label>{' '}
                <select id="applied-organization" name="organization" required>
                  {ownOrganizations.map((organization) => (
                    <option key={organization.id} value={String(organization.id)}>
                      {organization.name}
                    </option>
                  ))}
                </select>
              </p>
            ) : (
              <input type="hidden" name="organization" value={String(ownOrganizations[0]!.id)} />
            )}
            <p>
              <label htmlFor="applied-date">{t('appliedFormDate')}</label>{' '}
              {/* The browser's date picker knows no Jalali calendar: the Persian page asks for the date as it is written. */}
              {locale === 'fa' ? (
                <input
                  type="text"
                  id="applied-date"
                  name="appliedOn"
                  required
                  inputMode="numeric"
                  autoComplete="off"
                  defaultValue={jalaliInputValue(new Date())}
                  aria-describedby="applied-date-hint"
                  dir="ltr"
                  size={12}
                />
              ) : (
                <input type="date" id="applied-date" name="appliedOn" required max={today} defaultValue={today} dir="ltr" />
              )}
              {locale === 'fa' ? (
                <span id="applied-date-hint" className="doc-applied__hint">
                  {' '}
                  {t('appliedFormDateHint')}
                </span>
              ) : null}
            </p>
            <p>
              <label htmlFor="applied-result">{t('appliedFormResult')}</label>{' '}
              <select id="applied-result" name="result" required defaultValue="too-early">
                {applicationResults.map((result) => (
                  <option key={result} value={result}>
                    {resultLabel(result, locale)}
                  </option>
                ))}
              </select>
            </p>
            <p>
              <label htmlFor="applied-what">{t('appliedFormWhatHappened')}</label>
              <br />
              <textarea id="applied-what" name="whatHappened" required rows={4} cols={60} maxLength={4000} />
            </p>
            <button type="submit" className="button">
              {t('appliedFormSubmit')}
            </button>
          </form>
        ) : null}
      </section>
    </>
  )
}
