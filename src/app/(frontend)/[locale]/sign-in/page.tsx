import type { Metadata } from 'next'
import Link from 'next/link'

import { signInRefusalMessage } from '@/auth/signInLimits'
import { safeNextPath } from '@/site/auth'
import { pageLocale } from '@/site/locale'
import { viewer } from '@/site/payload'
import { documents } from '@/site/text/documents'

import { SignInForm } from './SignInForm'
import './sign-in.css'

type Params = Promise<{ locale: string }>
type Search = Promise<Record<string, string | string[] | undefined>>

const failures = { missing: 'signInMissing', credentials: 'signInFailed', locked: 'signInLocked' } as const
/** Refusals that say how long to wait (without JavaScript, the form comes back with `&wait=` seconds). */
const waits = { locked: 423, throttled: 429 } as const

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const locale = await pageLocale(params)
  return { title: documents.signInTitle[locale], robots: { index: false } }
}

/** Network members sign in here; afterwards they read the members-only documents too. */
export default async function SignInPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const locale = await pageLocale(params)
  const [query, user] = await Promise.all([searchParams, viewer()])
  const next = safeNextPath(query.next, locale)
  const failure = typeof query.error === 'string' && query.error in failures ? failures[query.error as keyof typeof failures] : null
  const wait = Number(query.wait)
  const waited =
    typeof query.error === 'string' && query.error in waits && Number.isSafeInteger(wait) && wait > 0 && wait <= 24 * 60 * 60
      ? signInRefusalMessage(locale, waits[query.error as keyof typeof waits], wait)
      : null
  return (
    <div className="sign-in page--narrow">
      <h1>{documents.signInTitle[locale]}</h1>
      {user ? (
        <p>
          {documents.signInAlready[locale]} <strong>{user.fullName}</strong>. <Link href={next}>{documents.signInContinue[locale]}</Link>
        </p>
      ) : (
        <>
          <p>{documents.signInIntro[locale]}</p>
          <SignInForm
            action={`/${locale}/sign-in/session`}
            next={next}
            initialError={waited ?? (failure ? documents[failure][locale] : undefined)}
            words={{
              email: documents.email[locale],
              password: documents.password[locale],
              submit: documents.signInSubmit[locale],
              working: documents.signInWorking[locale],
              failed: documents.signInFailed[locale],
            }}
          />
        </>
      )}
    </div>
  )
}
