'use client'

import { useRef, useState, type FormEvent } from 'react'

type Words = { email: string; password: string; submit: string; working: string; failed: string }

/**
 * The members' sign-in form. It works without JavaScript (a plain POST); with it, a wrong password is told
 * in place — announced, focused, the email kept — instead of a page reload.
 */
export function SignInForm({ action, next, words, initialError }: { action: string; next: string; words: Words; initialError?: string }) {
  const [error, setError] = useState(initialError ?? '')
  const [busy, setBusy] = useState(false)
  const password = useRef<HTMLInputElement>(null)
  const message = useRef<HTMLParagraphElement>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    setError('')
    try {
      const response = await fetch(action, {
        method: 'POST',
        body: new FormData(event.currentTarget),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      })
      const body = (await response.json().catch(() => ({}))) as { redirect?: string; message?: string }
      if (response.ok && body.redirect) {
        window.location.assign(body.redirect)
        return
      }
      setError(body.message ?? words.failed)
    } catch {
      setError(words.failed)
    }
    setBusy(false)
    if (password.current) password.current.value = ''
    message.current?.focus()
  }

  const invalid = error ? true : undefined
  return (
    <form method="post" action={action} onSubmit={submit} className="sign-in__form" noValidate={false}>
      <p ref={message} role="alert" id="sign-in-error" className={error ? 'sign-in__error' : 'sign-in__error sign-in__error--empty'} tabIndex={-1}>
        {error}
      </p>
      <input type="hidden" name="next" value={next} />
      <div className="sign-in__field">
        <label htmlFor="sign-in-email">{words.email}</label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          dir="ltr"
          aria-invalid={invalid}
          aria-describedby={error ? 'sign-in-error' : undefined}
        />
      </div>
      <div className="sign-in__field">
        <label htmlFor="sign-in-password">{words.password}</label>
        <input
          ref={password}
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          dir="ltr"
          aria-invalid={invalid}
          aria-describedby={error ? 'sign-in-error' : undefined}
        />
      </div>
      <button type="submit" className="button" disabled={busy} aria-disabled={busy}>
        {busy ? words.working : words.submit}
      </button>
    </form>
  )
}
