/**
 * The security headers of every answer the app gives, decided here and set by src/proxy.ts.
 *
 * - `site`: the public pages. Scripts run only with the request's nonce (Next puts it on its own scripts and
 *   inline data), or when loaded by such a script; styles are the app's own files; nothing from elsewhere.
 * - `admin`: Payload's panel. The same rule for scripts; its components write inline styles and insert <style>
 *   elements without a nonce, so styles may be inline there (and only there).
 * - `inert`: API answers, exports, downloads, uploads, Next's static files: nothing in them should ever run.
 */
import { createHash } from 'node:crypto'

export type Area = 'site' | 'admin' | 'inert'

export type Protection = {
  area: Area
  /** The request's nonce, for `site` and `admin`. */
  nonce?: string
  /** `SERVER_URL` is https: HSTS, and every insecure subresource is upgraded. */
  https: boolean
  /** `next dev`: React's debugging needs eval, and its styles arrive inline. */
  development?: boolean
}

/**
 * The site's own files: exports and feeds (`/fa/search/export.csv`), curriculum downloads, anything with an
 * extension, and the OAI-PMH interface's XML (`/oai`).
 */
const siteFile = /\.[^/]*$|^\/(fa|en)\/curricula\/[^/]+\/download(\/|$)|^\/oai$/

export const areaOf = (pathname: string): Area => {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/_next/') || siteFile.test(pathname)) return 'inert'
  return 'site'
}

/** 16 random bytes, base64: unguessable, and fresh for every page. */
export const newNonce = (): string => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')

/**
 * Next's plain 404 page, for addresses no route matches (`/xyz`), renders this one stylesheet without a nonce;
 * it is allowed by its hash and nothing else inline is.
 */
const plainNotFoundStyle =
  'body{color:#000;background:#fff;margin:0}.next-error-h1{border-right:1px solid rgba(0,0,0,.3)}@media (prefers-color-scheme:dark){body{color:#fff;background:#000}.next-error-h1{border-right:1px solid rgba(255,255,255,.3)}}'
const plainNotFoundStyleHash = `'sha256-${createHash('sha256').update(plainNotFoundStyle).digest('base64')}'`

const scripts = ({ nonce, development }: Protection) =>
  ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])].join(' ')

const directives = (protection: Protection): string[] => {
  const { area, nonce, https, development } = protection
  const common = ["frame-ancestors 'none'", ...(https ? ['upgrade-insecure-requests'] : [])]
  if (area === 'inert' || !nonce) return ["default-src 'none'", "base-uri 'none'", "form-action 'none'", ...common]
  if (area === 'admin') {
    return [
      "default-src 'none'",
      `script-src ${scripts(protection)}`,
      "style-src 'self' 'unsafe-inline'",
      // Payload's icons are data: SVGs in its stylesheet; an upload is previewed from a blob: before it is sent.
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      ...common,
    ]
  }
  return [
    "default-src 'none'",
    `script-src ${scripts(protection)}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}' ${plainNotFoundStyleHash}`}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    ...common,
  ]
}

export const contentSecurityPolicy = (protection: Protection): string => directives(protection).join('; ')

/** Features no page of the network uses; denied so that no script, ours or injected, can ask for them. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]

/** One year; without includeSubDomains, since other services of the network's domain may not speak https. */
const strictTransportSecurity = 'max-age=31536000'

export const securityHeaders = (protection: Protection): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(protection),
  // For browsers older than frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  ...(protection.https ? { 'Strict-Transport-Security': strictTransportSecurity } : {}),
})
