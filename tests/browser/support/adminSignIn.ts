import { fa } from '@payloadcms/translations/languages/fa'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Signs in through the admin's own login form, as a person would. On a busy machine the form can hydrate
 * after it was typed into, which empties it: then it is typed once more. A form that kept what was typed
 * and still did not sign in fails the test.
 */
export const signInToAdmin = async (page: Page, { url, email, password }: { url?: string; email: string; password: string }): Promise<void> => {
  if (url) await page.goto(`${url}/admin/login`)
  const button = page.getByRole('button', { name: fa.translations.authentication.login })
  await expect.poll(() => button.isEnabled()).toBe(true)
  await page.waitForLoadState('networkidle')
  for (let attempt = 1; ; attempt++) {
    await page.fill('#field-email', email)
    await page.fill('#field-password', password)
    await button.click()
    try {
      await page.waitForURL((address) => address.pathname === '/admin', { timeout: 45_000 })
      return
    } catch (error) {
      if (attempt > 1 || (await page.inputValue('#field-email')) === email) throw error
    }
  }
}
