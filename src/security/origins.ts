/**
 * The site's public address (`SERVER_URL`) decides which origins may use a signed-in reader's cookie, and
 * whether the site is served over https (then HSTS and Secure cookies). Read at each call, not at import, so
 * the built app follows the environment it is started with.
 */
export const configuredOrigin = (): string | null => {
  const address = process.env.SERVER_URL?.trim()
  if (!address) return null
  try {
    const { origin } = new URL(address)
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

export const servedOverHttps = (): boolean => configuredOrigin()?.startsWith('https://') ?? false

/**
 * The site's own address for permanent links: SERVER_URL when set, else the address the reader used (Next
 * gives route handlers its own host name in request.url, so the Host header says it better). An odd Host header
 * only ever changes the links in the answer its sender gets (downloads are cached per address).
 */
export const requestOrigin = (url: URL, headers?: Headers): string => {
  const configured = process.env.SERVER_URL?.replace(/\/$/, '')
  if (configured) return configured
  const host = headers?.get('x-forwarded-host')?.split(',')[0]?.trim() || headers?.get('host')
  if (!host || !/^[\w.-]+(:\d{1,5})?$|^\[[\d:a-f]+\](:\d{1,5})?$/i.test(host)) return url.origin
  const proto = headers?.get('x-forwarded-proto')?.split(',')[0]?.trim()
  return `${proto === 'https' || proto === 'http' ? proto : url.protocol.replace(':', '')}://${host}`
}

/** The origins Payload trusts with its cookie (`csrf`) and lets read its API (`cors`): the public address alone. */
export const trustedOrigins = (): string[] => {
  const origin = configuredOrigin()
  return origin ? [origin] : []
}

/** Methods that may change something; only these are refused from another site. */
export const changesState = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())

/**
 * Whether a request comes from a page of this very site (or from a program, which sends no Origin and whose
 * cookie no other site can lend). The request's own origin stands in when `SERVER_URL` is unset, as on the
 * demo: a browser cannot forge the Host header of a form it submits, nor add X-Forwarded-Host to it.
 */
export const fromOwnSite = (request: Request): boolean => {
  const origin = request.headers.get('origin')
  if (origin === null) {
    // Browsers send Origin with every request that changes something; one that says where it comes from
    // without it is believed.
    const site = request.headers.get('sec-fetch-site')
    return site === null || site === 'same-origin' || site === 'none'
  }
  // Sandboxed frames, data: pages and cross-origin redirects send the opaque origin "null".
  if (origin === 'null') return false
  const configured = configuredOrigin()
  if (configured) return origin === configured
  // A chain of proxies lists every host it passed; the first is the one the browser asked for.
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host'))?.split(',')[0]?.trim()
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
