import Link from 'next/link'
import type { Where } from 'payload'

import { tagsOfList } from '../../../contentChanges/tags'
import { formatNumber } from '../../../i18n/dates'
import { isSearchError } from '../../../search/errors'
import { labels } from '../../../i18n/labels'
import type { Organization, Province } from '../../../payload-types'
import { outcomeLabel } from '../../documents/fields'
import { typeLabel } from '../../documents/format'
import { listKnowledge, readForReader, type KnowledgeCollection, type KnowledgeDoc } from '../../documents/load'
import type { Locale } from '../../locale'
import { paths } from '../../paths'
import { sitePayload, viewer } from '../../payload'
import { documents } from '../../text/documents'
import { mapText } from '../../text/map'
import { FollowLink } from '../FollowLink'
import { InLanguage, textLanguage } from '../TextLanguage'
import { OutcomeMapTable } from '../map/OutcomeMapTable'
import { outcomeMap } from '../../map/matrix'
import { DocumentList } from './DocumentList'
import { licenceStages, membership } from './OrganizationPage'

/** The outcomes in the order a reader weighs them: what worked, what partly did, what failed. */
const outcomes = ['success', 'mixed', 'failure'] as const

/** Licence stages from the first step to the last, for the chapter's summary. */
const stageOrder = Object.keys(licenceStages) as Organization['licenceStage'][]

type Listed = { collection: KnowledgeCollection; doc: KnowledgeDoc }

/**
 * The province's coordinators: their names for everyone (the network names its provincial coordinators
 * publicly), their e-mail addresses for signed-in members only. Accounts are not content, so this is read
 * afresh for every request rather than kept.
 */
const coordinatorsOf = async (province: Province['id'], signedIn: boolean) => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: ['coordinator'] } }, { provinces: { in: [province] } }] },
    select: { fullName: true, email: true },
    sort: 'fullName',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((user) => ({ id: user.id, name: user.fullName, email: signedIn ? user.email : null }))
}

/** The case studies of the province by outcome, and its other published documents. */
export const byOutcome = (items: readonly Listed[]) => {
  const cases = Object.fromEntries(outcomes.map((outcome) => [outcome, [] as Listed[]])) as Record<(typeof outcomes)[number], Listed[]>
  const others: Listed[] = []
  for (const item of items) {
    const outcome = item.collection === 'case-studies' ? (item.doc as { outcome?: string }).outcome : undefined
    if (outcome && outcome in cases) cases[outcome as (typeof outcomes)[number]].push(item)
    else others.push(item)
  }
  return { cases, others }
}

/**
 * A province's chapter of the network: who coordinates it, its member NGOs and how far each is in its
 * licence, its case studies by outcome, its other documents and the outcome map of its evidence.
 */
export async function ProvincePage({ province, locale, children }: { province: Province; locale: Locale; children?: React.ReactNode }) {
  const payload = await sitePayload()
  const based: Where = { province: { equals: province.id } }
  const user = await viewer()
  const [organizations, published, coordinators, map] = await Promise.all([
    readForReader(
      `organizations:${locale}:${JSON.stringify(based)}`,
      (access) => payload.find({ collection: 'organizations', where: based, sort: 'name', limit: 200, depth: 0, locale, ...access }),
      (found) => tagsOfList('organizations', based, found.docs),
    ),
    listKnowledge(locale, { provinces: { in: [province.id] } }, { limit: 100 }),
    coordinatorsOf(province.id, Boolean(user)),
    // The rest of the chapter stands when the search engine does not answer; the map says so.
    outcomeMap(payload, { by: 'targetGroup', province: [String(province.id)], from: null, until: null, calendar: locale === 'fa' ? 'jalaliYear' : 'year' }, locale, user).catch(
      (error: unknown) => {
        if (isSearchError(error)) return null
        throw error
      },
    ),
  ])
  const { cases, others } = byOutcome(published)
  const stageCounts = stageOrder
    .map((stage) => ({ stage, count: organizations.docs.filter((organization) => organization.licenceStage === stage).length }))
    .filter(({ count }) => count > 0)
  const l = (key: keyof typeof labels) => labels[key][locale]
  const list = locale === 'fa' ? '، ' : ', '
  return (
    <article className="doc province" aria-labelledby="doc-title">
      <header className="doc-header">
        <p className="doc-header__type">{typeLabel('provinces', locale)}</p>
        <h1 id="doc-title" {...textLanguage(province.name, locale)}>
          {province.name}
        </h1>
        <p className="doc-lead">{documents.chapterIntro[locale]}</p>
        <FollowLink locale={locale} follow={{ province: province.id }} label={province.name ?? ''} />
      </header>

      <section className="doc-section" aria-labelledby="doc-coordinators">
        <h2 id="doc-coordinators">{documents.coordinators[locale]}</h2>
        {coordinators.length === 0 ? (
          <p>{documents.noCoordinators[locale]}</p>
        ) : (
          <ul className="doc-list">
            {coordinators.map((coordinator) => (
              <li key={coordinator.id} className="doc-list__item">
                <span className="doc-list__title" {...textLanguage(coordinator.name, locale)}>
                  {coordinator.name}
                </span>
                {coordinator.email ? (
                  <span className="doc-list__meta">
                    <a href={`mailto:${coordinator.email}`} dir="ltr">
                      {coordinator.email}
                    </a>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {coordinators.length > 0 && !user ? <p className="doc-note">{documents.coordinatorsContactNote[locale]}</p> : null}
      </section>

      <section className="doc-section" aria-labelledby="doc-organizations">
        <h2 id="doc-organizations">{documents.organizationsIn[locale]}</h2>
        {organizations.docs.length === 0 ? (
          <p>{documents.noOrganizations[locale]}</p>
        ) : (
          <>
            <p>
              {stageCounts
                .map(({ stage, count }) => `${l(licenceStages[stage])}: ${formatNumber(count, locale)}`)
                .join(list)}
            </p>
            <div className="doc-table-scroll" role="region" aria-labelledby="province-organizations-caption" tabIndex={0}>
              <table>
                <caption id="province-organizations-caption">{documents.organizationsTable[locale]}</caption>
                <thead>
                  <tr>
                    <th scope="col">{l('name')}</th>
                    <th scope="col">{l('city')}</th>
                    <th scope="col">{l('licenceStage')}</th>
                    <th scope="col">{l('membershipStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {organizations.docs.map((organization) => (
                    <tr key={organization.id}>
                      <th scope="row">
                        <Link href={paths.document(locale, 'organizations', organization.id)}>
                          <InLanguage text={organization.name} locale={locale} />
                        </Link>
                      </th>
                      <td>{organization.city ? <InLanguage text={organization.city} locale={locale} /> : null}</td>
                      <td>{l(licenceStages[organization.licenceStage])}</td>
                      <td>{l(membership[organization.membershipStatus])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section className="doc-section" aria-labelledby="doc-cases">
        <h2 id="doc-cases">{documents.casesByOutcome[locale]}</h2>
        {outcomes.map((outcome) => (
          <section key={outcome} aria-labelledby={`doc-cases-${outcome}`} className="province-outcome">
            <h3 id={`doc-cases-${outcome}`}>
              <span className={`outcome outcome--${outcome}`}>{outcomeLabel(outcome, locale)}</span>{' '}
              <span className="province-outcome__count">({formatNumber(cases[outcome].length, locale)})</span>
            </h3>
            <DocumentList items={cases[outcome]} locale={locale} empty={documents.noCasesOfOutcome[locale]} />
          </section>
        ))}
      </section>

      {children}

      <section className="doc-section" aria-labelledby="doc-published">
        <h2 id="doc-published">{documents.otherDocumentsIn[locale]}</h2>
        <DocumentList items={others} locale={locale} empty={documents.noDocuments[locale]} />
      </section>

      <section className="doc-section" aria-labelledby="doc-map">
        <h2 id="doc-map">{mapText.mapOfProvince[locale]}</h2>
        {map === null ? <p role="alert">{documents.provinceMapUnavailable[locale]}</p> : null}
        {map && map.rows.length > 0 && map.columns.length > 0 ? <OutcomeMapTable map={map} locale={locale} signedIn={Boolean(user)} level={3} /> : null}
        <p>
          <Link href={paths.map(locale, { province: String(province.id) })} prefetch={false}>
            {documents.openProvinceMap[locale]}
          </Link>
        </p>
      </section>
    </article>
  )
}
