import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium (Playwright cannot download browsers here), headless, with no background network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Picks an option in one of Payload's react-select inputs by typing part of its label. */
export async function choose(page: Page, fieldSelector: string, typed: string, option: string): Promise<void> {
  const field = page.locator(fieldSelector)
  await field.locator('.rs__control').click()
  await field.locator('input').fill(typed)
  await page.locator('.rs__option', { hasText: option }).first().click()
}
