'use client'

import { useRouter } from 'next/navigation'
import { useRef, useState, useTransition, type ChangeEvent, type FocusEvent, type FormEvent, type KeyboardEvent, type ReactNode } from 'react'

/**
 * Search as you type, for readers with JavaScript: the search form's state goes into the address (q, every
 * facet, the sort; a new search starts at page 1) and the server renders the results for it, so a search can
 * be shared, bookmarked and stepped back through. Without JavaScript the same form is a plain GET form.
 */

/** After this long without typing, the reader has read the results: new typing starts a new history entry. */
const readingPauseMs = 2000

type Suggestion = { id: string; type: string; title: string; html: string | null }

export type LiveSearchLabels = { query: string; hint: string; submit: string; suggestions: string }

/** The address the form stands for: its non-empty fields, in order, on its action. */
const addressOf = (form: HTMLFormElement): string => {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || value.trim() === '') continue
    if (name === 'sort' && value === 'relevance') continue
    params.append(name, value)
  }
  const query = params.toString()
  return `${form.getAttribute('action') ?? ''}${query ? `?${query}` : ''}`
}

/** The suggest API's highlight markup (escaped text with <mark>) as text pieces, without ever parsing HTML. */
const markedPieces = (html: string): { text: string; mark: boolean }[] => {
  const unescape = (text: string) =>
    text
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!)
  return html.split(/<mark>(.*?)<\/mark>/).map((text, index) => ({ text: unescape(text), mark: index % 2 === 1 }))
}

export function LiveSearchForm({
  action,
  locale,
  q,
  labels,
  children,
}: {
  action: string
  locale: 'fa' | 'en'
  q: string
  labels: LiveSearchLabels
  children: ReactNode
}) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [value, setValue] = useState(q)
  // The query the address was last given by this form, and the last one the server rendered.
  const [committed, setCommitted] = useState(q)
  const [rendered, setRendered] = useState(q)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const typingRun = useRef(false)
  const lastCommit = useRef(0)
  const commitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const suggestTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const suggestRequest = useRef<AbortController | null>(null)

  // The address changed without this form (Back, Forward, a link): the box shows that search.
  if (q !== rendered) {
    setRendered(q)
    if (q !== committed) {
      setCommitted(q)
      setValue(q)
    }
  }

  const navigate = (form: HTMLFormElement, mode: 'push' | 'replace') => {
    const address = addressOf(form)
    if (address === window.location.pathname + window.location.search) return
    const typed = String(new FormData(form).get('q') ?? '')
    setCommitted(typed.trim() === '' ? '' : typed)
    startTransition(() => (mode === 'push' ? router.push(address, { scroll: false }) : router.replace(address, { scroll: false })))
  }

  const suggest = (text: string) => {
    clearTimeout(suggestTimer.current)
    suggestRequest.current?.abort()
    if (text.trim().length < 2) {
      setSuggestions([])
      return
    }
    suggestTimer.current = setTimeout(async () => {
      const request = new AbortController()
      suggestRequest.current = request
      try {
        const response = await fetch(`/api/search/suggest?${new URLSearchParams({ q: text, locale })}`, { signal: request.signal })
        if (response.ok) setSuggestions(((await response.json()) as { suggestions: Suggestion[] }).suggestions.slice(0, 5))
      } catch {
        // aborted by newer typing, or offline: the results below still update
      }
    }, 150)
  }

  const onQueryChange = (event: ChangeEvent<HTMLInputElement>) => {
    const form = event.currentTarget.form!
    setValue(event.currentTarget.value)
    setOpen(true)
    suggest(event.currentTarget.value)
    clearTimeout(commitTimer.current)
    commitTimer.current = setTimeout(() => {
      // One history entry per run of typing: Back returns to the search before it, not to every letter.
      // A pause to read the results ends the run, so the next words make a search of their own.
      const sameRun = typingRun.current && Date.now() - lastCommit.current < readingPauseMs
      navigate(form, sameRun ? 'replace' : 'push')
      typingRun.current = true
      lastCommit.current = Date.now()
    }, 300)
  }

  const onFormChange = (event: FormEvent<HTMLFormElement>) => {
    if ((event.target as HTMLInputElement).name === 'q') return
    clearTimeout(commitTimer.current)
    typingRun.current = false
    navigate(event.currentTarget, 'push')
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    clearTimeout(commitTimer.current)
    navigate(event.currentTarget, typingRun.current ? 'replace' : 'push')
    typingRun.current = false
    setOpen(false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') setOpen(false)
  }

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
    setOpen(false)
    typingRun.current = false
  }

  const hrefOf = (suggestion: Suggestion) => `/${locale}/${suggestion.type}/${suggestion.id.slice(suggestion.id.indexOf(':') + 1)}`
  const showSuggestions = open && value.trim().length >= 2 && suggestions.length > 0

  return (
    <form action={action} method="get" className="search__form" onChange={onFormChange} onSubmit={onSubmit} data-pending={pending || undefined}>
      <div role="search" className="search__bar" onBlur={onBlur} onFocus={() => setOpen(true)}>
        <label htmlFor="search-q" className="search__label">
          {labels.query}
        </label>
        <p id="search-q-hint" className="search__hint">
          {labels.hint}
        </p>
        <div className="search__row">
          <input
            id="search-q"
            name="q"
            type="search"
            value={value}
            onChange={onQueryChange}
            onKeyDown={onKeyDown}
            aria-describedby="search-q-hint"
            autoComplete="off"
            enterKeyHint="search"
            dir="auto"
            maxLength={500}
          />
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </div>
        {showSuggestions ? (
          <ul className="search__suggestions" aria-label={labels.suggestions}>
            {suggestions.map((suggestion) => (
              <li key={suggestion.id}>
                <a href={hrefOf(suggestion)} dir="auto">
                  {suggestion.html
                    ? markedPieces(suggestion.html).map((piece, index) => (piece.mark ? <mark key={index}>{piece.text}</mark> : piece.text))
                    : suggestion.title}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {children}
    </form>
  )
}

/** A facet's checkbox: ticked at once when clicked, and again as the address says after Back or Forward. */
export function FacetCheckbox({ id, name, value, checked }: { id: string; name: string; value: string; checked: boolean }) {
  const [on, setOn] = useState(checked)
  const [given, setGiven] = useState(checked)
  if (checked !== given) {
    setGiven(checked)
    setOn(checked)
  }
  return <input type="checkbox" id={id} name={name} value={value} checked={on} onChange={(event) => setOn(event.currentTarget.checked)} />
}

/** The sort order, kept in step with the address the same way. */
export function SortSelect({ id, value, options }: { id: string; value: string; options: { value: string; label: string }[] }) {
  const [chosen, setChosen] = useState(value)
  const [given, setGiven] = useState(value)
  if (value !== given) {
    setGiven(value)
    setChosen(value)
  }
  return (
    <select id={id} name="sort" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}
