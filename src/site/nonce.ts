import { headers } from 'next/headers'

/**
 * The nonce src/proxy.ts gave this request, read back from the policy it set on the request (where Next reads
 * it for its own scripts): inline scripts of a page carry it, or the page's policy refuses them.
 */
export const requestNonce = async (): Promise<string | undefined> => {
  const policy = (await headers()).get('content-security-policy')
  return policy ? /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy)?.[1] : undefined
}
