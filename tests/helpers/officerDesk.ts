import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'
import sharp from 'sharp'
import { expect } from 'vitest'

import { SEAT_PASSWORD } from './seats'

/** Clicks and field entries a person makes, counted as the test makes them (the measure of effort). */
export class Tally {
  clicks = 0
  entries = 0

  async click(target: Locator): Promise<void> {
    this.clicks += 1
    await target.click()
  }

  async fill(target: Locator, text: string): Promise<void> {
    this.entries += 1
    await target.fill(text)
  }

  /** Picks an option in one of Payload's react-select inputs: open, type part of the label, pick. */
  async choose(page: Page, fieldSelector: string, typed: string, option: string): Promise<void> {
    const field = page.locator(fieldSelector)
    await this.click(field.locator('.rs__control'))
    await this.fill(field.locator('input'), typed)
    await this.click(page.locator('.rs__option', { hasText: option }).first())
  }

  /** Choosing a file in the browser's file dialog: a click and an entry. */
  async chooseFile(target: Locator, file: string): Promise<void> {
    this.clicks += 1
    this.entries += 1
    await target.setInputFiles(file)
  }
}

/** A browser context signed in as a seat (its own cookies), Vietnamese, on a desktop or a 390×844 phone. */
export async function signedIn(
  browser: Browser,
  url: string,
  email: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport, isMobile: viewport.width < 500 })
  const page = await context.newPage()
  const reply = await page.request.post(`${url}/api/users/login`, { data: { email, password: SEAT_PASSWORD } })
  expect(reply.status(), await reply.text()).toBe(200)
  return page
}

/** A field photo made with sharp: a 1600×1200 JPEG. */
export async function makePhoto(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="1600" height="1200" fill="#7a3b1d"/><circle cx="800" cy="600" r="420" fill="#d9a441"/></svg>`
  writeFileSync(file, await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer())
  return file
}

/** A 60-second festival recording from ffmpeg's lavfi: a test pattern with a tone, H.264/AAC MP4. */
export function makeVideo(dir: string, name: string): string {
  const file = path.join(dir, name)
  execFileSync(process.env.FFMPEG_PATH || 'ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10:duration=60'],
    ...['-f', 'lavfi', '-i', 'sine=frequency=220:duration=60'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '64k'],
    ...['-movflags', '+faststart', '-shortest', file],
  ])
  return file
}

/** The review state the edit view shows at the top of the review panel. */
export async function shownState(page: Page): Promise<string> {
  return ((await page.locator('.review-actions__state strong').textContent()) ?? '').trim()
}

/** Waits until the review panel shows `state` (after a button saved the move). */
export async function waitForState(page: Page, state: string): Promise<void> {
  await page.locator('.review-actions__state strong', { hasText: new RegExp(`^${state}$`) }).waitFor()
}

/** The review panel's buttons, as the person sees them. */
export async function reviewButtonsShown(page: Page): Promise<string[]> {
  return (await page.locator('.review-actions__buttons button').allTextContents()).map((text) => text.trim())
}

/** Uploads a file through the admin's own media form; returns the new file's id. */
export async function uploadInAdmin(
  page: Page,
  tally: Tally,
  url: string,
  file: string,
  caption: string,
): Promise<string> {
  await page.goto(`${url}/admin/collections/media/create`, { waitUntil: 'networkidle' })
  await tally.chooseFile(page.locator('input[type="file"]'), file)
  await tally.fill(page.locator('#field-caption'), caption)
  await tally.choose(page, '#field-accessLevel', 'Công', 'Công khai')
  await tally.click(page.getByRole('button', { name: 'Lưu', exact: true }))
  await page.waitForURL(/\/admin\/collections\/media\/\d+$/, { timeout: 120_000 })
  return page.url().split('/').at(-1) ?? ''
}

/** "Chọn từ thư viện" on an upload field, searched by the file's name, picked. */
export async function pickFromLibrary(page: Page, tally: Tally, fieldSelector: string, name: string): Promise<void> {
  await tally.click(page.locator(fieldSelector).getByRole('button', { name: 'Chọn từ thư viện' }).first())
  const drawer = page.locator('.drawer--is-open').last()
  await tally.fill(drawer.locator('.search-filter__input, input[type="search"], #search-filter-input').first(), name)
  const row = drawer.locator('.table tbody tr', { hasText: name })
  await expect.poll(() => drawer.locator('.table tbody tr').count(), { timeout: 30_000 }).toBe(1)
  await tally.click(row.locator('button, a').first())
  await drawer.waitFor({ state: 'detached' })
}
