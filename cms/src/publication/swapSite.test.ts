import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { BUILDS, swapSite } from './swapSite'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-swap-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const build = (name: string) => {
  const folder = path.join(dir, BUILDS, name)
  mkdirSync(folder, { recursive: true })
  writeFileSync(path.join(folder, 'index.html'), `<h1>${name}</h1>`)
  return folder
}

describe('swapSite', () => {
  it('takes over a site that is still a plain folder, then serves each new build whole', async () => {
    mkdirSync(path.join(dir, 'site'))
    writeFileSync(path.join(dir, 'site', 'index.html'), '<h1>old</h1>')
    await swapSite(dir, build('b1'))
    expect(readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).toBe('<h1>b1</h1>')
    expect(readdirSync(path.join(dir, BUILDS))).toEqual(['b1'])
  })

  it('never lets a reader find the site missing while builds are swapped in', async () => {
    let swapping = true
    const seen = new Set<string>()
    const reader = (async () => {
      while (swapping) seen.add(await readFile(path.join(dir, 'site', 'index.html'), 'utf8'))
    })()
    for (let round = 2; round <= 30; round += 1) await swapSite(dir, build(`b${round}`))
    swapping = false
    await reader
    expect(readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).toBe('<h1>b30</h1>')
    expect(readdirSync(path.join(dir, BUILDS))).toEqual(['b30'])
    expect([...seen].every((page) => /^<h1>b\d+<\/h1>$/.test(page))).toBe(true)
  })
})
