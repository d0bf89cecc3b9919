import Link from 'next/link'

import { labels, type LabelKey } from '../../../i18n/labels'
import { refsOf } from '../../documents/fields'
import { typeLabel } from '../../documents/format'
import { listKnowledge } from '../../documents/load'
import type { Organization } from '../../../payload-types'
import type { Locale } from '../../locale'
import { paths } from '../../paths'
import { documents } from '../../text/documents'
import { Fact, Names } from './Facts'
import { InLanguage, textLanguage } from '../TextLanguage'
import { FollowLink } from '../FollowLink'
import { DocumentList } from './DocumentList'

export const licenceStages: Record<Organization['licenceStage'], LabelKey> = {
  foundingBoard: 'stageFoundingBoard',
  licenceApplied: 'stageLicenceApplied',
  licensed: 'stageLicensed',
  registered: 'stageRegistered',
}
export const membership: Record<Organization['membershipStatus'], LabelKey> = {
  applicant: 'membershipApplicant',
  active: 'membershipActive',
  suspended: 'membershipSuspended',
  left: 'membershipLeft',
}

/** A member NGO: who they are, where, for whom, how to reach them, and the documents they published. */
export async function OrganizationPage({ organization, locale }: { organization: Organization; locale: Locale }) {
  const l = (key: LabelKey) => labels[key][locale]
  const published = await listKnowledge(locale, { organization: { equals: organization.id } })
  const province = refsOf(organization.province)[0]
  return (
    <article className="doc" aria-labelledby="doc-title">
      <header className="doc-header">
        <p className="doc-header__type">{typeLabel('organizations', locale)}</p>
        <h1 id="doc-title" {...textLanguage(organization.name, locale)}>
          {organization.name}
        </h1>
        <FollowLink locale={locale} follow={{ organization: organization.id }} label={organization.name ?? ''} />
      </header>
      <div className="doc-layout">
        <div className="doc-main">
          {organization.description ? (
            <p className="doc-lead" {...textLanguage(organization.description, locale)}>
              {organization.description}
            </p>
          ) : null}
          <section className="doc-section" aria-labelledby="doc-published">
            <h2 id="doc-published">{documents.documentsOf[locale]}</h2>
            <DocumentList items={published} locale={locale} empty={documents.noDocuments[locale]} />
          </section>
        </div>
        <aside className="doc-facts" aria-labelledby="doc-facts-heading">
          <h2 id="doc-facts-heading">{documents.facts[locale]}</h2>
          <dl>
            <Fact term={documents.province[locale]}>
              {province?.name ? (
                <Link href={paths.document(locale, 'provinces', province.id)}>
                  <InLanguage text={province.name} locale={locale} />
                </Link>
              ) : null}
            </Fact>
            <Fact term={l('city')}>{organization.city ? <InLanguage text={organization.city} locale={locale} /> : null}</Fact>
            <Fact term={l('licenceStage')}>{l(licenceStages[organization.licenceStage])}</Fact>
            <Fact term={l('membershipStatus')}>{l(membership[organization.membershipStatus])}</Fact>
            <Fact term={l('fieldsOfActivity')}>
              <Names value={organization.fieldsOfActivity} locale={locale} />
            </Fact>
            <Fact term={l('targetGroups')}>
              <Names value={organization.targetGroups} locale={locale} />
            </Fact>
            <Fact term={l('email')}>
              {organization.contact?.email ? (
                <a href={`mailto:${organization.contact.email}`} dir="ltr">
                  {organization.contact.email}
                </a>
              ) : null}
            </Fact>
            <Fact term={l('phone')}>{organization.contact?.phone ? <span dir="ltr">{organization.contact.phone}</span> : null}</Fact>
            <Fact term={l('address')}>
              {organization.contact?.address ? <InLanguage text={organization.contact.address} locale={locale} /> : null}
            </Fact>
            <Fact term={l('website')}>
              {organization.website ? (
                <a href={organization.website} dir="ltr" rel="noopener">
                  {organization.website}
                </a>
              ) : null}
            </Fact>
          </dl>
        </aside>
      </div>
    </article>
  )
}
