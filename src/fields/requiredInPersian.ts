import type { RichTextFieldValidation, TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { richText as validateRichText, text as validateText, textarea as validateTextarea } from 'payload/shared'

import { defaultLocale } from '../i18n/locales'

/**
 * Persian is the record's language; English is a translation that may come later, field by field.
 * So a translated field is required in Persian only, and English falls back to it until written.
 */
const inDefaultLocale = (locale: string | undefined) => (locale ?? defaultLocale) === defaultLocale

const message = 'Required in Persian (فارسی); the English translation may come later.'

export const textRequiredInPersian: TextFieldSingleValidation = (value, args) => {
  if (!(typeof value === 'string' && value.trim()) && inDefaultLocale(args.req.locale)) return message
  return validateText(value, { ...args, required: false })
}

export const textareaRequiredInPersian: TextareaFieldValidation = (value, args) => {
  if (!(typeof value === 'string' && value.trim()) && inDefaultLocale(args.req.locale)) return message
  return validateTextarea(value, { ...args, required: false })
}

const hasText = (node: unknown): boolean => {
  if (!node || typeof node !== 'object') return false
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof text === 'string' && text.trim()) return true
  if (root) return hasText(root)
  return Array.isArray(children) && children.some(hasText)
}

/** Required in Persian; the editor's own checks (its nodes, the network's link rule) still apply. */
export const richTextRequiredInPersian: RichTextFieldValidation = (value, args) =>
  hasText(value) || !inDefaultLocale(args.req.locale) ? validateRichText(value, args) : message
