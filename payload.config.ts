import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { en } from '@payloadcms/translations/languages/en'
import { fa } from '@payloadcms/translations/languages/fa'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { BestPractices } from './collections/BestPractices'
import { CaseStudies } from './collections/CaseStudies'
import { ContentChanges } from './collections/ContentChanges'
import { Curricula } from './collections/Curricula'
import { ExchangeAnswers } from './collections/ExchangeAnswers'
import { DownloadEvents } from './collections/DownloadEvents'
import { FundingInstruments } from './collections/FundingInstruments'
import { knowledgeCollections } from './collections/knowledgeCollections'
import { LessonApplications } from './collections/LessonApplications'
import { Lessons } from './collections/Lessons'
import { MailMessages } from './collections/MailMessages'
import { Media } from './collections/Media'
import { OffersAndNeeds } from './collections/OffersAndNeeds'
import { Organizations } from './collections/Organizations'
import { ProcessStages } from './collections/ProcessStages'
import { Provinces } from './collections/Provinces'
import { Subscriptions } from './collections/Subscriptions'
import { ReviewEvents } from './collections/ReviewEvents'
import { SignInAttempts } from './collections/SignInAttempts'
import { TargetGroups } from './collections/TargetGroups'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { logRefusalsQuietly } from './src/api/refusalLogging'
import { databaseAdapter } from './src/db'
import { serverOnlyJobs } from './src/jobs/access'
import { jobsWorkerEnabled } from './src/jobs/syncSearch'
import { editor } from './src/editor'
import { localization } from './src/i18n/locales'
import { queuedEmail } from './src/notifications/emailAdapter'
import { payloadSecret } from './src/secret'
import { trustedOrigins } from './src/security/origins'
import { contentChanges } from './src/plugins/contentChanges'
import { knowledgeBase } from './src/plugins/knowledgeBase'
import { readers } from './src/plugins/readers'
import { knowledgeImport } from './src/plugins/knowledgeImport'
import { notifications } from './src/plugins/notifications'
import { requestChecks } from './src/plugins/requestChecks'
import { searchSync } from './src/plugins/searchSync'
import { tenancy } from './src/plugins/tenancy'
import { maxUploadBytes } from './src/uploads/allowedFiles'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — هم‌افزا' },
    // Gravatar would send a hash of every user's email abroad and shows a broken image offline.
    avatar: 'default',
    components: {
      beforeDashboard: ['/src/components/admin/Inbox#Inbox'],
      afterDashboard: ['/src/components/admin/OverdueReviews#OverdueReviews'],
    },
  },
  collections: [
    CaseStudies,
    Lessons,
    LessonApplications,
    BestPractices,
    Curricula,
    Media,
    Organizations,
    Users,
    Provinces,
    Topics,
    TargetGroups,
    ProcessStages,
    FundingInstruments,
    ReviewEvents,
    DownloadEvents,
    ContentChanges,
    SignInAttempts,
    MailMessages,
    Subscriptions,
    OffersAndNeeds,
    ExchangeAnswers,
  ],
  editor,
  // Every e-mail through the mail queue: SMTP_URL and MAIL_FROM, or the file outbox data/outbox/.
  email: queuedEmail(),
  localization,
  i18n: { supportedLanguages: { fa, en }, fallbackLanguage: 'fa' },
  db: databaseAdapter(),
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL,
  // Only the public address may use the cookie or read the API from a browser; without SERVER_URL,
  // src/proxy.ts refuses every request from another origin that could change something.
  csrf: trustedOrigins(),
  cors: trustedOrigins(),
  // Refusals are the user's mistakes, not the server's: log them quietly (by status too, since the
  // production build leaves the error classes nameless).
  loggingLevels: { APIError: 'info', ValidationError: 'info', Forbidden: 'info', NotFound: 'info' },
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'info', hooks: { logMethod: logRefusalsQuietly } } },
  sharp,
  upload: {
    limits: { fileSize: maxUploadBytes },
    // Room for the form's other fields, so that the file's own limit, with its message, comes first.
    requestSizeLimit: maxUploadBytes + 2 * 1024 * 1024,
    responseOnLimit: 'The file is over the 50 MB limit.',
  },
  jobs: {
    access: serverOnlyJobs,
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: jobsWorkerEnabled,
  },
  // Types are generated on purpose (npm run generate:types) and checked by a test, never behind one's back.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/schema.graphql') },
  plugins: [
    knowledgeBase({ collections: [...knowledgeCollections] }),
    knowledgeImport({ collections: [...knowledgeCollections] }),
    tenancy({ collections: [...knowledgeCollections, 'media', 'offers-and-needs', 'lesson-applications'] }),
    // After the workflow, so that the files and the review trail follow a document once its move is recorded.
    readers(),
    searchSync(),
    notifications(),
    nestedDocsPlugin({
      collections: ['topics'],
      generateLabel: (_, doc) => String(doc.name ?? ''),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug ?? '')}`, ''),
    }),
    // After the others, so that every collection they added or changed checks its requests first.
    requestChecks(),
    // Last, so it sees every collection the others added or changed.
    contentChanges(),
  ],
})
