import type { BrowserContext, Page } from 'playwright-core'

/**
 * Everything a page of the context reports about its security policies: each `securitypolicyviolation` event
 * (scripts, styles, images, fonts, connections, frames), and the console's own complaints about the
 * Content-Security-Policy and Permissions-Policy headers. Read `violations` after each step; `clear()` empties it.
 */
export const watchPolicyViolations = async (context: BrowserContext) => {
  const violations: string[] = []
  // Through the DevTools protocol, so the listener itself is not subject to the page's policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`[policy violation] ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`)
    })
  })
  const watch = (page: Page) =>
    page.on('console', (message) => {
      const text = message.text()
      if (/\[policy violation\]|Content Security Policy|Permissions-Policy|Refused to/i.test(text)) violations.push(`${page.url()}: ${text}`)
    })
  context.pages().forEach(watch)
  context.on('page', watch)
  return { violations, clear: () => violations.splice(0) }
}
