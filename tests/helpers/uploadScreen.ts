import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'

import { call } from './http'
import { SEAT_PASSWORD, seat } from './seats'

type Id = number | string

/** Creates provinces as the admin and a contributor seated in the first; returns the places' ids and the contributor's cookie. */
export async function contributorWithPlaces(
  url: string,
  adminCookie: string,
  email: string,
  names: string[],
): Promise<{ places: Id[]; cookie: string }> {
  const places: Id[] = []
  for (const name of names) {
    const reply = await call(`${url}/api/places`, {
      method: 'POST',
      cookie: adminCookie,
      body: { name, type: 'province' },
    })
    expect(reply.status, reply.text).toBe(201)
    places.push((reply.json().doc as { id: Id }).id)
  }
  const { cookie } = await seat(url, adminCookie, email, ['contributor'], [places[0] as Id])
  return { places, cookie }
}

/** Waits until the upload screen has kept a file in the browser (golden retriever's IndexedDB `uppy-blobs`). */
export async function waitUntilKeptInBrowser(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('uppy-blobs')
        open.onerror = () => resolve(false)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('files')) return resolve(false)
          const count = db.transaction('files').objectStore('files').count()
          count.onerror = () => resolve(false)
          count.onsuccess = () => resolve(count.result > 0)
        }
      }),
    undefined,
    { timeout },
  )
}

type ContextOptions = { locale?: string; viewport?: { width: number; height: number }; adminLanguage?: 'en' }

/** Signs a browser context in as `email`, with the seats' password. */
export async function signInContext(context: BrowserContext, url: string, email: string): Promise<void> {
  const login = await context.request.post(`${url}/api/users/login`, { data: { email, password: SEAT_PASSWORD } })
  expect(login.status()).toBe(200)
}

/**
 * A new browser context signed in as `email`: a Vietnamese browser on a desktop unless told otherwise;
 * `adminLanguage` is the language the account chose for the admin (Payload's `payload-lng` cookie).
 */
export async function signedInContext(
  browser: Browser,
  url: string,
  email: string,
  { locale = 'vi-VN', viewport = { width: 1280, height: 900 }, adminLanguage }: ContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, viewport })
  if (adminLanguage) await context.addCookies([{ name: 'payload-lng', value: adminLanguage, url }])
  await signInContext(context, url, email)
  return context
}

/** Opens the upload screen and waits until it runs (Uppy mounted): typing before that would be lost. */
export async function openUploadScreen(page: Page, url: string, timeout: number): Promise<void> {
  await page.goto(`${url}/admin/tai-len`)
  await page.locator('.uppy-Dashboard-inner').waitFor({ timeout })
}
