/**
 * The app's own errors carry a stable `code` and a mark registered with Symbol.for, and are recognised by
 * them alone: the production build splits server code into chunks that may each hold their own copy of a
 * class, so `instanceof` can fail there while every in-process test passes.
 */
const codedErrorMark: unique symbol = Symbol.for('hamafza.codedError')

export abstract class CodedError extends Error {
  abstract readonly code: string
  readonly [codedErrorMark] = true as const
}

/** The code of one of the app's own errors, whichever copy of its class made it; undefined for any other value. */
export const codeOf = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null || (error as Record<symbol, unknown>)[codedErrorMark] !== true) return undefined
  const { code } = error as { code?: unknown }
  return typeof code === 'string' ? code : undefined
}
