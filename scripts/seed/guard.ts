/**
 * The demo accounts have published passwords, so seeding a production database must be asked
 * for explicitly. Returns why the seed refuses to run, or null when it may.
 */
export const seedRefusal = (
  env: { NODE_ENV?: string; HAMAFZA_SEED_PRODUCTION?: string },
  argv: readonly string[],
): string | null => {
  if (env.NODE_ENV !== 'production') return null
  if (argv.includes('--allow-production') || env.HAMAFZA_SEED_PRODUCTION === '1') return null
  return 'Refusing to seed demo content with NODE_ENV=production: its accounts have public passwords. Pass --allow-production or set HAMAFZA_SEED_PRODUCTION=1 if you really mean it.'
}
