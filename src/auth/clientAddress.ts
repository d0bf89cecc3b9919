/**
 * The address a request came from, for the sign-in limits. `next start` writes the connection's own address
 * into `x-hamafza-peer-address` on every request, over anything a client sent (patches/next+16.4.6.patch):
 * Next's `X-Forwarded-For` cannot serve, since Next keeps one the client sent itself, and a client could
 * then claim any address it liked. Behind reverse proxies, `TRUST_PROXY` says how many stand in front of the
 * app; the address is then the one the outermost of them saw, read from the right of `X-Forwarded-For`.
 */
export const peerAddressHeader = 'x-hamafza-peer-address'

export class TrustProxyError extends Error {
  override name = 'TrustProxyError'
}

/** How many proxies stand in front of the app (`TRUST_PROXY`, 0 when unset). */
export const trustedProxies = (value = process.env.TRUST_PROXY): number => {
  const text = value?.trim() ?? ''
  if (text === '' || text === 'false') return 0
  if (text === 'true') return 1
  if (!/^\d{1,2}$/.test(text)) throw new TrustProxyError(`TRUST_PROXY must be the number of proxies in front of the app (0, 1, 2 …), not "${value}".`)
  return Number(text)
}

/** IPv4 inside IPv6 (`::ffff:1.2.3.4`) is the IPv4 address; anything longer than an address is not one. */
const normalized = (address: string | undefined): string | null => {
  const text = address?.trim().toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1')
  return text && text.length <= 64 && /^[0-9a-f.:]+$/.test(text) ? text : null
}

export const clientAddress = (headers: Pick<Headers, 'get'>, proxies = trustedProxies()): string => {
  const peer = normalized(headers.get(peerAddressHeader) ?? undefined)
  if (proxies === 0) return peer ?? 'unknown'
  // Each proxy appends the address it was reached from; the last `proxies` hops are ours to believe.
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean)
  const chain = peer ? [...hops, peer] : hops
  return normalized(chain[Math.max(0, chain.length - 1 - proxies)]) ?? peer ?? 'unknown'
}
