'use client'

import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { useEffect, useId, useState } from 'react'

import { hasRole, organizationIDs, type NetworkUser } from '../../access/roles'
import { labels, type LabelKey } from '../../i18n/labels'

type Placed = { heading: string; field: string }
type Text = string | Record<string, string> | undefined
type ClientField = {
  type: string
  name?: string
  label?: Text | false
  required?: boolean
  defaultValue?: unknown
  options?: (string | { label: Text; value: string })[]
  fields?: ClientField[]
  tabs?: { name?: string; fields: ClientField[] }[]
  admin?: { readOnly?: boolean; hidden?: boolean }
}

/** Filled by the import itself, or by the workflow: never asked. */
const filledByImport = new Set(['title', 'organization', 'workflowState'])

/**
 * What a Word file cannot hold and a draft still needs: the collection's required top-level values with no
 * default (a case study's outcome, a lesson's root cause, a curriculum's code and edition), asked beside the file.
 */
const askedFields = (fields: ClientField[]): ClientField[] =>
  fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return askedFields(field.fields ?? [])
    if (field.type === 'tabs') return (field.tabs ?? []).filter((tab) => !tab.name).flatMap((tab) => askedFields(tab.fields))
    const wanted =
      field.name &&
      field.required &&
      field.defaultValue === undefined &&
      !filledByImport.has(field.name) &&
      !field.admin?.readOnly &&
      !field.admin?.hidden &&
      ['select', 'text', 'number'].includes(field.type)
    return wanted ? [field] : []
  })

const textOf = (text: Text | false, language: 'fa' | 'en', fallback: string): string =>
  typeof text === 'string' ? text : text ? (text[language] ?? Object.values(text)[0] ?? fallback) : fallback
type RecordLine = { row: number; title: string; status: 'created' | 'wouldCreate' | 'skipped' | 'refused'; reason?: string; id?: number | string; unmatched?: { column: string; names: string[] }[] }
type Answer =
  | { kind: 'word'; dryRun: boolean; title: string; placed: Placed[]; images?: number; id?: number | string }
  | { kind: 'records'; dryRun: boolean; report: RecordLine[] }

const statusLabel: Record<RecordLine['status'], LabelKey> = {
  created: 'importCreated',
  wouldCreate: 'importWouldCreate',
  skipped: 'importSkipped',
  refused: 'importRefused',
}

/** What the file is, by its name: a Word file becomes one draft, a sheet of records one draft per row. */
const kindOf = (name: string): 'word' | 'records' | null => (/\.docx$/i.test(name) ? 'word' : /\.(csv|json)$/i.test(name) ? 'records' : null)

/**
 * Above a knowledge collection's list, for NGO editors and network admins: a Word file or a CSV/JSON sheet
 * into drafts of their NGO, through the collection's import endpoints (src/imports/endpoints.ts). The
 * preview is the endpoint's dry run, so what is shown is what the import will do; the report names each
 * file's or row's fate, with a link to every draft made.
 */
export function ImportPanel() {
  const { user } = useAuth()
  const { config, getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const language = i18n.language === 'en' ? 'en' : 'fa'
  const words = (key: LabelKey) => labels[key][language]
  const person = user as unknown as NetworkUser | null
  const mayImport = hasRole(person, 'admin', 'editor')
  // The list's own address: <admin>/collections/<slug>.
  const segments = pathname.split('/').filter(Boolean)
  const slug = segments[segments.indexOf('collections') + 1] ?? ''
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const adminRoute = config.routes.admin
  const fileId = useId()
  const organizationId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [organizations, setOrganizations] = useState<{ id: number | string; name: string }[]>([])
  const [organization, setOrganization] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<null | string>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const fieldIdPrefix = useId()

  // The NGOs this person may import into: their own, or any for a network admin.
  useEffect(() => {
    if (!mayImport) return
    const own = organizationIDs(person)
    const where = hasRole(person, 'admin') ? '' : own.map((id, i) => `&where[id][in][${i}]=${encodeURIComponent(String(id))}`).join('')
    void fetch(`${api}/organizations?depth=0&limit=500&sort=name&select[name]=true${where}`, { credentials: 'include', headers: { 'Accept-Language': language } })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: { id: number | string; name?: string }[] }) => {
        const found = (body.docs ?? []).map((doc) => ({ id: doc.id, name: doc.name ?? String(doc.id) }))
        setOrganizations(found)
        setOrganization((current) => current || (found.length === 1 || !hasRole(person, 'admin') ? String(found[0]?.id ?? '') : ''))
      })
    // The person does not change while the list is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, language, mayImport])

  if (!mayImport || !slug) return null

  const kind = file ? kindOf(file.name) : null
  const asked = kind === 'word' ? askedFields((getEntityConfig({ collectionSlug: slug })?.fields ?? []) as unknown as ClientField[]) : []
  const typed = (field: ClientField, value: string) => (field.type === 'number' && value.trim() !== '' ? Number(value) : value)
  const fieldValues = Object.fromEntries(asked.filter((field) => values[field.name!]?.trim()).map((field) => [field.name!, typed(field, values[field.name!]!)]))
  const send = async (dryRun: boolean) => {
    if (!file || !kind) return
    setBusy(true)
    setProblem(null)
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ ...fieldValues, ...(organization ? { organization } : {}) }))
    try {
      const response = await fetch(`${api}/${slug}/import-${kind}${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': language },
        body: form,
      })
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown> & { errors?: { message?: string }[] }
      if (!response.ok) {
        setProblem(body.errors?.[0]?.message ?? String(response.status))
        setAnswer(null)
      } else if (kind === 'word') {
        const doc = body.doc as { id: number | string; title: string } | undefined
        setAnswer({ kind, dryRun, title: String(doc?.title ?? body.title ?? ''), placed: (body.placed as Placed[]) ?? [], images: body.images as number | undefined, id: doc?.id })
      } else {
        setAnswer({ kind, dryRun, report: (body.report as RecordLine[]) ?? [] })
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const draftLink = (id: number | string) => `${adminRoute}/collections/${slug}/${id}`

  return (
    <details className="hamafza-import" style={{ marginBlockEnd: 'var(--base)' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{words('importHeading')}</summary>
      <div style={{ paddingBlock: 'calc(var(--base) / 2)' }}>
        <p>{words('importIntro')}</p>
        <p>
          <label htmlFor={fileId}>{words('importFile')}</label>{' '}
          <input
            id={fileId}
            type="file"
            accept=".docx,.csv,.json"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setAnswer(null)
              setProblem(null)
            }}
          />
        </p>
        {organizations.length > 1 || hasRole(person, 'admin') ? (
          <p>
            <label htmlFor={organizationId}>{words('importOrganization')}</label>{' '}
            <select id={organizationId} value={organization} onChange={(event) => setOrganization(event.target.value)}>
              <option value="">—</option>
              {organizations.map((option) => (
                <option key={option.id} value={String(option.id)}>
                  {option.name}
                </option>
              ))}
            </select>
          </p>
        ) : null}
        {asked.map((field) => {
          const id = `${fieldIdPrefix}-${field.name}`
          const name = textOf(field.label, language, field.name!)
          return (
            <p key={field.name}>
              <label htmlFor={id}>{name}</label>{' '}
              {field.type === 'select' ? (
                <select id={id} value={values[field.name!] ?? ''} onChange={(event) => setValues({ ...values, [field.name!]: event.target.value })}>
                  <option value="">—</option>
                  {(field.options ?? []).map((option) => {
                    const value = typeof option === 'string' ? option : option.value
                    return (
                      <option key={value} value={value}>
                        {typeof option === 'string' ? option : textOf(option.label, language, value)}
                      </option>
                    )
                  })}
                </select>
              ) : (
                <input
                  id={id}
                  type={field.type === 'number' ? 'number' : 'text'}
                  value={values[field.name!] ?? ''}
                  onChange={(event) => setValues({ ...values, [field.name!]: event.target.value })}
                />
              )}
            </p>
          )
        })}
        {file && !kind ? <p role="alert">{words('importUnknownKind')}</p> : null}
        <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap' }}>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy || !kind} onClick={() => void send(true)}>
            {words('importPreview')}
          </Button>
          <Button buttonStyle="primary" size="small" margin={false} disabled={busy || !kind || !answer?.dryRun} onClick={() => void send(false)}>
            {words('importRun')}
          </Button>
        </div>
        <p role="status">{busy ? words('importWorking') : ''}</p>
        {problem ? (
          <p role="alert">
            {words('importFailed')} {problem}
          </p>
        ) : null}
        {answer?.kind === 'word' ? (
          <section aria-label={answer.dryRun ? words('importPreviewTitle') : words('importReport')} data-import-result={answer.dryRun ? 'preview' : 'report'}>
            <h4>{answer.dryRun ? words('importPreviewTitle') : words('importReport')}</h4>
            <p>
              {words('importTitle')}: <strong dir="auto">{answer.title}</strong>
              {answer.id != null ? (
                <>
                  {' — '}
                  <a href={draftLink(answer.id)}>{words('importOpenDraft')}</a>
                </>
              ) : null}
            </p>
            {answer.placed.length ? (
              <>
                <p>{words('importPlaced')}</p>
                <ul>
                  {answer.placed.map((item, i) => (
                    <li key={i}>
                      <span dir="auto">{item.heading}</span> → <code dir="ltr">{item.field}</code>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {answer.images ? (
              <p>
                {words('importImages')}: {answer.images}
              </p>
            ) : null}
          </section>
        ) : answer?.kind === 'records' ? (
          <section aria-label={answer.dryRun ? words('importPreviewTitle') : words('importReport')} data-import-result={answer.dryRun ? 'preview' : 'report'}>
            <h4>{answer.dryRun ? words('importPreviewTitle') : words('importReport')}</h4>
            <table>
              <thead>
                <tr>
                  <th scope="col">{words('importRow')}</th>
                  <th scope="col">{words('importTitle')}</th>
                  <th scope="col">{words('importStatus')}</th>
                  <th scope="col">{words('importUnmatched')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.report.map((line) => (
                  <tr key={line.row} data-import-status={line.status}>
                    <td>{line.row}</td>
                    <td dir="auto">{line.id != null ? <a href={draftLink(line.id)}>{line.title}</a> : line.title}</td>
                    <td>
                      {words(statusLabel[line.status])}
                      {line.reason ? `: ${line.reason}` : ''}
                    </td>
                    <td dir="auto">{(line.unmatched ?? []).map((item) => `${item.column}: ${item.names.join('، ')}`).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
      </div>
    </details>
  )
}
