import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { cmsSourceFiles, cmsSourceHash, workspaceDependencies } from './cmsSourceHash'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('the CMS build fingerprint', () => {
  it('covers the workspaces the cms bundles, read from package.json: media-pipeline and search', () => {
    expect(workspaceDependencies(ROOT, 'cms')).toEqual(['media-pipeline', 'search'])
    const files = cmsSourceFiles(ROOT)
    expect(files).toEqual(
      expect.arrayContaining([
        'cms/src/payload.config.ts',
        'media-pipeline/src/index.ts',
        'search/src/index.ts',
        'search/package.json',
        'package-lock.json',
      ]),
    )
    expect(files.filter((file) => /(^|\/)(node_modules|\.next|dist)\//.test(file))).toEqual([])
    expect(files.some((file) => file.startsWith('site/'))).toBe(false)
  })

  // A small repository: the cms depends on "lib", which depends on "deep"; "other" is not bundled.
  const root = mkdtempSync(path.join(tmpdir(), 'disanso-hash-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  write('package.json', JSON.stringify({ workspaces: ['cms', 'lib', 'deep', 'other'] }))
  write('package-lock.json', '{}')
  write('tsconfig.json', '{}')
  write('cms/package.json', JSON.stringify({ name: '@x/cms', dependencies: { '@x/lib': '1', next: '16' } }))
  write('cms/src/page.ts', 'export {}')
  write('cms/.next/BUILD_ID', 'old')
  write('lib/package.json', JSON.stringify({ name: '@x/lib', dependencies: { '@x/deep': '1' } }))
  write('lib/src/index.ts', 'export const a = 1')
  write('deep/package.json', JSON.stringify({ name: '@x/deep' }))
  write('deep/src/index.ts', 'export const b = 1')
  write('other/package.json', JSON.stringify({ name: '@x/other' }))
  write('other/src/index.ts', 'export const c = 1')

  it.each([
    ['a bundled workspace’s source', 'lib/src/index.ts', true],
    ['the source of a workspace it reaches through another', 'deep/src/index.ts', true],
    ['the cms’s own source', 'cms/src/page.ts', true],
    ['a workspace the cms does not use', 'other/src/index.ts', false],
    ['the build output', 'cms/.next/BUILD_ID', false],
  ])('a change in %s (%s) changes the fingerprint: %s', (_, file, changes) => {
    const before = cmsSourceHash(root)
    write(file, `// changed ${Math.random()}`)
    expect(cmsSourceHash(root) !== before).toBe(changes)
  })
})
