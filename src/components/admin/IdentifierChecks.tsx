'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { formatDate } from '../../i18n/dates'
import { labels } from '../../i18n/labels'

type Accepted = { text: string; byName: null | string; at: string; reason: string }
type Match = { kind: 'nationalId' | 'mobile' | 'email'; text: string; accepted: Accepted | null }
type Finding = { path: string; field: string; locale: null | string; matches: Match[] }
type Checks = { canAccept: boolean; findings: Finding[]; accepted: (Accepted & { kind: Match['kind']; inText: boolean })[] }

const kindLabel = { nationalId: labels.identifierNationalId, mobile: labels.identifierMobile, email: labels.identifierEmail }
const localeLabel = { fa: labels.languageFa, en: labels.languageEn } as Record<string, { fa: string; en: string }>

/**
 * On a case study's "Beneficiary privacy" tab: the identifiers the publish check finds in the saved text,
 * field by field, with who accepted each and why. Approvers accept a match here after checking it; everyone
 * else reads the list.
 */
export function IdentifierChecks() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const language = i18n.language === 'en' ? 'en' : 'fa'
  const [checks, setChecks] = useState<Checks | null>(null)
  const [problem, setProblem] = useState<null | string>(null)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const address = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/identifier-checks`

  // Bumped to check again: after an acceptance, or when asked.
  const [round, setRound] = useState(0)
  const load = () => setRound((n) => n + 1)

  useEffect(() => {
    if (id == null) return
    let current = true
    void fetch(address, { credentials: 'include', headers: { 'Accept-Language': language } }).then(async (response) => {
      const body = (await response.json().catch(() => ({}))) as Checks & { errors?: { message: string }[] }
      if (!current) return
      setProblem(response.ok ? null : (body.errors?.[0]?.message ?? String(response.status)))
      if (response.ok) setChecks(body)
    })
    return () => {
      current = false
    }
  }, [address, id, language, round])

  const accept = async (match: Match) => {
    const response = await fetch(address, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ match: match.text, reason: reasons[match.text] ?? '' }),
    })
    if (response.ok) load()
    else setProblem(((await response.json().catch(() => ({}))) as { errors?: { message: string }[] }).errors?.[0]?.message ?? String(response.status))
  }

  const words = (key: keyof typeof labels) => labels[key][language]
  const comma = language === 'fa' ? '، ' : ', '
  const acceptedBy = (accepted: Accepted) => (
    <span>
      {words('identifierAcceptedBy')} {accepted.byName ?? '—'}
      {comma}
      {formatDate(accepted.at, language)}: {accepted.reason}
    </span>
  )
  const earlier = checks?.accepted.filter((accepted) => !accepted.inText) ?? []
  return (
    <section aria-labelledby="identifier-checks" style={{ marginBlock: 'var(--base)' }}>
      <h3 id="identifier-checks">{words('identifierChecks')}</h3>
      <p>{words('identifierChecksIntro')}</p>
      {id == null ? (
        <p>{words('identifierChecksSaveFirst')}</p>
      ) : problem ? (
        <p role="alert">
          {words('identifierChecksFailed')} {problem}
        </p>
      ) : !checks ? (
        <p>{words('identifierChecksLoading')}</p>
      ) : checks.findings.length === 0 ? (
        <p>{words('identifierChecksNone')}</p>
      ) : (
        <ul>
          {checks.findings.flatMap((finding) =>
            finding.matches.map((match) => (
              <li key={`${finding.path}:${finding.locale}:${match.text}`} style={{ marginBlockEnd: 'calc(var(--base) / 2)' }}>
                <strong dir="auto">{match.text}</strong> — {kindLabel[match.kind][language]}
                {comma}
                {finding.field}
                {finding.locale ? ` (${localeLabel[finding.locale]?.[language] ?? finding.locale})` : ''}
                <br />
                {match.accepted ? (
                  acceptedBy(match.accepted)
                ) : checks.canAccept ? (
                  <span style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'center', flexWrap: 'wrap' }}>
                    <label>
                      {words('identifierReason')}{' '}
                      <input
                        type="text"
                        value={reasons[match.text] ?? ''}
                        onChange={(event) => setReasons({ ...reasons, [match.text]: event.target.value })}
                      />
                    </label>
                    <Button buttonStyle="secondary" size="small" margin={false} onClick={() => void accept(match)} disabled={!reasons[match.text]?.trim()}>
                      {words('identifierAccept')}
                    </Button>
                  </span>
                ) : (
                  <span>{words('identifierNotAccepted')}</span>
                )}
              </li>
            )),
          )}
        </ul>
      )}
      {earlier.length > 0 ? (
        <>
          <h4>{words('identifierAcceptedEarlier')}</h4>
          <ul>
            {earlier.map((accepted) => (
              <li key={`${accepted.text}:${accepted.at}`}>
                <strong dir="auto">{accepted.text}</strong> — {kindLabel[accepted.kind][language]}
                <br />
                {acceptedBy(accepted)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {checks && !checks.canAccept && checks.findings.some((f) => f.matches.some((m) => !m.accepted)) ? <p>{words('identifierOnlyApprovers')}</p> : null}
      {id != null ? (
        <Button buttonStyle="subtle" size="small" margin={false} onClick={load}>
          {words('identifierChecksAgain')}
        </Button>
      ) : null}
    </section>
  )
}
