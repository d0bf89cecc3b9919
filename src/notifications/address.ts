import path from 'node:path'

/** The site's public address for links in e-mails (SERVER_URL), the local demo's otherwise. */
export const siteAddress = (): string => (process.env.SERVER_URL?.trim() || 'http://localhost:3000').replace(/\/$/, '')

/** Who the network's e-mails come from: MAIL_FROM as `Name <address>` or a bare address. */
export const mailFrom = (): { name: string; address: string } => {
  const value = process.env.MAIL_FROM?.trim()
  if (!value) return { name: 'هم‌افزا', address: 'no-reply@hamafza.local' }
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value)
  return named ? { name: named[1]!.trim() || 'هم‌افزا', address: named[2]!.trim() } : { name: 'هم‌افزا', address: value }
}

/** Without SMTP_URL every message is written here as an .eml file, one per message, never dropped. */
export const outboxDir = (): string => path.resolve(process.env.MAIL_OUTBOX_DIR || path.join(process.cwd(), 'data', 'outbox'))
