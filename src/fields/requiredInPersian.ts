import type { RichTextFieldValidation, TextFieldSingleValidation } from 'payload'
import { text as validateText } from 'payload/shared'

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

const hasText = (node: unknown): boolean => {
  if (!node || typeof node !== 'object') return false
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof text === 'string' && text.trim()) return true
  if (root) return hasText(root)
  return Array.isArray(children) && children.some(hasText)
}

export const richTextRequiredInPersian: RichTextFieldValidation = (value, { req }) =>
  hasText(value) || !inDefaultLocale(req.locale) ? true : message
