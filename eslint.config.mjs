import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'media/**',
      'data/**',
      'tests/artifacts/**',
      'src/payload-types.ts',
      'src/app/(payload)/**',
      'src/migrations/**',
      'next-env.d.ts',
    ],
  },
]

export default config
