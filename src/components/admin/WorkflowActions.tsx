'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { NetworkUser } from '../../access/roles'
import { labels, type LabelKey } from '../../i18n/labels'
import type { WorkflowState } from '../../workflow/states'
import { steps, stepsFor } from '../../workflow/steps'
import type { DocumentScope } from '../../workflow/transitions'

/**
 * The review workflow as a person meets it in the edit view: the next steps their role allows, as plain
 * buttons ("Submit for review", "Approve and publish", "Request changes" with the comment it needs), so
 * nobody sets the review state by hand. The server checks every step again; its refusal is shown as said.
 */
export function WorkflowActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fa'
  const words = (key: LabelKey) => labels[key][language]
  const modified = useFormModified()
  const state = (useFormFields(([fields]) => fields.workflowState?.value) ?? 'draft') as WorkflowState
  const organization = useFormFields(([fields]) => fields.organization?.value) as DocumentScope['organization']
  const provinces = useFormFields(([fields]) => fields.provinces?.value) as DocumentScope['provinces']
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<null | string>(null)
  const commentId = useId()

  const offered = stepsFor(user as unknown as NetworkUser | null, state, { collection: collectionSlug ?? '', organization, provinces })

  const take = async (step: (typeof steps)[number]) => {
    setBusy(true)
    setProblem(null)
    const { draft, body } = step.request(comment.trim())
    const address = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}?${draft ? 'draft=true&' : ''}depth=0`
    try {
      const response = await fetch(address, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify(body),
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }
        const first = answer.errors?.[0]
        setProblem(first?.data?.errors?.[0]?.message ?? first?.message ?? String(response.status))
        setBusy(false)
        return
      }
      // The form, its versions and the review history all change with the step: the page is read again.
      window.location.reload()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby={`${commentId}-heading`} className="workflow-actions" style={{ marginBlockEnd: 'var(--base)' }}>
      <h3 id={`${commentId}-heading`} style={{ marginBlockEnd: 'calc(var(--base) / 2)' }}>
        {words('workflowActions')}
      </h3>
      {id == null ? (
        <p>{words('workflowActionsSaveFirst')}</p>
      ) : offered.length === 0 ? (
        <p>{words('workflowActionsNone')}</p>
      ) : (
        <>
          {offered.includes('requestChanges') ? (
            <div style={{ marginBlockEnd: 'calc(var(--base) / 2)' }}>
              <label htmlFor={commentId} style={{ display: 'block' }}>
                {words('actionCommentLabel')}
              </label>
              <textarea id={commentId} rows={3} value={comment} onChange={(event) => setComment(event.target.value)} style={{ width: '100%' }} dir="auto" />
            </div>
          ) : null}
          {modified ? <p role="status">{words('workflowActionsSaving')}</p> : null}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
            {steps
              .filter((step) => offered.includes(step.name))
              .map((step) => (
                <Button
                  key={step.name}
                  id={`workflow-${step.name}`}
                  buttonStyle={step.name === 'publish' || step.name === 'submit' ? 'primary' : 'secondary'}
                  size="small"
                  margin={false}
                  disabled={busy || modified || (step.name === 'requestChanges' && !comment.trim())}
                  onClick={() => void take(step)}
                >
                  {words(step.label)}
                </Button>
              ))}
          </div>
        </>
      )}
      {problem ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {words('workflowActionsFailed')} {problem}
        </p>
      ) : null}
    </section>
  )
}
