import { fa } from '@payloadcms/translations/languages/fa'
import type { Page } from 'playwright-core'

/**
 * Signs in through the admin's own login form, as a person would. On a busy machine the form can hydrate
 * after it was typed into, which empties it: then it is typed once more. A form that kept what was typed
 * and still did not sign in fails the test.
 */
export const signInToAdmin = async (page: Page, { url, email, password }: { url?: string; email: string; password: string }): Promise<void> => {
  if (url) await page.goto(`${url}/admin/login`)
  const button = page.getByRole('button', { name: fa.translations.authentication.login })
  // A plain loop, not expect.poll: this also runs in a beforeAll, outside any test.
  await button.waitFor({ state: 'visible', timeout: 60_000 })
  for (const deadline = Date.now() + 60_000; !(await button.isEnabled()); ) {
    if (Date.now() > deadline) throw new Error('the admin login button stayed disabled for 60 s')
    await page.waitForTimeout(200)
  }
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
