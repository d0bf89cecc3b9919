const developmentSecret = 'hamafza-development-secret-not-for-production'

/**
 * Production refuses to start on the development secret; a build needs no secret, and the local
 * demo (`npm run demo`, HAMAFZA_DEMO=1) runs the production server on this machine only.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build' && process.env.HAMAFZA_DEMO !== '1') {
    throw new Error('PAYLOAD_SECRET must be set in production (a long random string).')
  }
  return developmentSecret
}
