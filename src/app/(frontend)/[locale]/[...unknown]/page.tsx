import { notFound } from 'next/navigation'

/** Any address under a language that no page claims: the site's own 404, inside its layout and language. */
export default function UnknownPage(): never {
  notFound()
}
