'use client'

import { PublishButton, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import { hasRole, type NetworkUser } from '../../access/roles'
import { canApprove, type DocumentScope } from '../../workflow/transitions'

/**
 * Payload's Publish button, offered only to those the workflow lets publish this document: approvers in its
 * scope, and network admins. An NGO editor sends a document on with "Submit for review" instead
 * (WorkflowActions); the server refuses their publish anyway, so the button would only lead to a refusal.
 */
export function PublishIfAllowed(props: ComponentProps<typeof PublishButton>) {
  const { collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const organization = useFormFields(([fields]) => fields.organization?.value) as DocumentScope['organization']
  const provinces = useFormFields(([fields]) => fields.provinces?.value) as DocumentScope['provinces']
  const person = user as unknown as NetworkUser | null
  const mayPublish = Boolean(person) && (hasRole(person, 'admin') || canApprove(person!, { collection: collectionSlug ?? '', organization, provinces }))
  return mayPublish ? <PublishButton {...props} /> : null
}
