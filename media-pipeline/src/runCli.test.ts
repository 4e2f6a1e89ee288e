import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-cli-'))
const photo = path.join(dir, 'photo.jpg')
beforeAll(async () => {
  await sharp({ create: { width: 8, height: 8, channels: 3, background: '#8a2f12' } })
    .jpeg()
    .toFile(photo)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** `npm run media -- …` as a person types it: the package's bin, run by this Node. */
const media = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(import.meta.dirname, 'cli.ts'), ...args], {
    cwd: path.join(import.meta.dirname, '..'),
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir },
  })

describe('media-pipeline process --out', () => {
  it.each([
    ['an existing file', 'taken.txt'],
    ['a folder under a file', 'taken.txt/derivatives'],
  ])('given %s, says --out must be a folder (vi/en) and ends with 1, no stack', (_, out) => {
    writeFileSync(path.join(dir, 'taken.txt'), 'not a folder')
    const ran = media('process', 'photo.jpg', '--out', out)
    const where = path.join(dir, 'taken.txt')
    expect(ran.stderr.trim()).toBe(
      `--out phải là một thư mục, nhưng ${where} là một tệp / --out must be a folder, but ${where} is a file`,
    )
    expect(ran.status).toBe(1)
  })
})
