import type { MailLanguage } from './kinds'

export type MailLink = { label: string; url: string }

/** What one message says, in the recipient's language; rendered once as HTML and once as plain text. */
export type MailContent = {
  language: MailLanguage
  subject: string
  greeting: string
  paragraphs: string[]
  /** A reviewer's comment or other words quoted as written. */
  quote?: { label: string; text: string }
  /** Documents the message is about, each a link. */
  items?: MailLink[]
  action?: MailLink
  /** The footer: why this came and where to change it. */
  footer: string
  settings: MailLink
  unsubscribe?: MailLink
}

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const link = ({ label, url }: MailLink) => `<a href="${escape(url)}" style="color:#0b5cad">${escape(label)}</a>`

/** HTML that mail clients render: inline styles, a table-free single column, Vazirmatn where the client has it. */
export const renderHTML = (mail: MailContent): string => {
  const dir = mail.language === 'fa' ? 'rtl' : 'ltr'
  const align = dir === 'rtl' ? 'right' : 'left'
  const font = mail.language === 'fa' ? "Vazirmatn, Tahoma, 'Segoe UI', sans-serif" : "'Segoe UI', Arial, sans-serif"
  const body = [
    `<p>${escape(mail.greeting)}</p>`,
    ...mail.paragraphs.map((text) => `<p>${escape(text)}</p>`),
    mail.quote
      ? `<p style="margin-bottom:4px"><strong>${escape(mail.quote.label)}</strong></p><blockquote style="margin:0 0 16px;padding:8px 12px;border-${align === 'right' ? 'right' : 'left'}:4px solid #0b5cad;background:#f3f6fa;white-space:pre-wrap">${escape(mail.quote.text)}</blockquote>`
      : '',
    mail.items?.length ? `<ul style="padding-${align}:20px">${mail.items.map((item) => `<li>${link(item)}</li>`).join('')}</ul>` : '',
    mail.action
      ? `<p><a href="${escape(mail.action.url)}" style="display:inline-block;padding:10px 16px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px">${escape(mail.action.label)}</a></p>`
      : '',
  ].join('\n')
  const footer = [escape(mail.footer), link(mail.settings), mail.unsubscribe ? link(mail.unsubscribe) : ''].filter(Boolean).join(' · ')
  return `<!doctype html>
<html lang="${mail.language}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(mail.subject)}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:${font};font-size:16px;line-height:1.8;direction:${dir};text-align:${align}">
<div dir="${dir}" style="max-width:600px;margin:0 auto">
${body}
<hr style="border:none;border-top:1px solid #d0d7de;margin:24px 0">
<p style="font-size:13px;color:#4a4a4a">${footer}</p>
</div>
</body>
</html>`
}

/** The same message as plain text, links written out. */
export const renderText = (mail: MailContent): string =>
  [
    mail.greeting,
    '',
    ...mail.paragraphs.flatMap((text) => [text, '']),
    ...(mail.quote ? [mail.quote.label, ...mail.quote.text.split('\n').map((line) => `> ${line}`), ''] : []),
    ...(mail.items?.length ? [...mail.items.map((item) => `- ${item.label}: ${item.url}`), ''] : []),
    ...(mail.action ? [`${mail.action.label}: ${mail.action.url}`, ''] : []),
    '--',
    mail.footer,
    `${mail.settings.label}: ${mail.settings.url}`,
    ...(mail.unsubscribe ? [`${mail.unsubscribe.label}: ${mail.unsubscribe.url}`] : []),
  ].join('\n')
