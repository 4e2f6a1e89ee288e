import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { rebuildSite } from './rebuildSite'

vi.mock('./exportSnapshot', () => ({
  exportSnapshot: async () => ({ snapshot: { items: [] }, files: 0, bytes: 0 }),
}))
// Astro fails half-way: its output folder is already partly written.
vi.mock('./buildSite', () => ({
  buildSite: async ({ outDir }: { outDir: string }) => {
    mkdirSync(path.join(outDir, 'di-san'), { recursive: true })
    writeFileSync(path.join(outDir, 'di-san', 'index.html'), '<!doctype html>')
    throw new Error('[site] astro failed (1): ENOENT … snapshot/media/15/waveform.json')
  },
}))

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-rebuild-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('rebuildSite', () => {
  it('removes the folder of a build that failed, and serves nothing new', async () => {
    const options = { root: dir, dataDir: dir, siteUrl: 'https://disanso.example.vn', env: process.env }
    await expect(rebuildSite({} as Payload, options)).rejects.toThrow('astro failed')
    expect(readdirSync(path.join(dir, 'site-builds'))).toEqual([])
    expect(existsSync(path.join(dir, 'site'))).toBe(false)
    expect(existsSync(path.join(dir, 'site.lock'))).toBe(false)
  })
})
