import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { publishSnapshotFiles } from './publishSnapshotFiles'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-publish-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A snapshot folder listing `media` (files by role), holding only `present` of them. */
function snapshotFolder(name: string, media: Record<string, string>[], present: string[]): string {
  const from = path.join(dir, name)
  mkdirSync(path.join(from, 'csv'), { recursive: true })
  writeFileSync(path.join(from, 'snapshot.json'), JSON.stringify({ media: media.map((files) => ({ files })) }))
  for (const file of ['snapshot.schema.json', 'manifest.json', 'csv/items.csv'])
    writeFileSync(path.join(from, file), '{}')
  for (const file of present) {
    mkdirSync(path.dirname(path.join(from, file)), { recursive: true })
    writeFileSync(path.join(from, file), file)
  }
  return from
}

describe('publishSnapshotFiles', () => {
  it('copies the media and the open-data files into the built site', async () => {
    const from = snapshotFolder('whole', [{ waveform: 'media/15/waveform.json' }], ['media/15/waveform.json'])
    const out = path.join(dir, 'whole-out')
    await publishSnapshotFiles(from, out)
    expect(readFileSync(path.join(out, 'media/15/waveform.json'), 'utf8')).toBe('media/15/waveform.json')
    expect(existsSync(path.join(out, 'du-lieu-mo', 'snapshot.json'))).toBe(true)
    expect(existsSync(path.join(out, 'du-lieu-mo', 'csv', 'items.csv'))).toBe(true)
  })

  it('fails the build when the snapshot has no media folder but lists media', async () => {
    const from = snapshotFolder('no-media', [{ waveform: 'media/15/waveform.json' }], [])
    await expect(publishSnapshotFiles(from, path.join(dir, 'no-media-out'))).rejects.toThrow(/ENOENT|media/)
  })

  it('fails the build, naming it, when one listed media file is missing', async () => {
    const from = snapshotFolder(
      'one-missing',
      [{ waveform: 'media/15/waveform.json', mp3: 'media/15/audio.mp3' }],
      ['media/15/waveform.json'],
    )
    await expect(publishSnapshotFiles(from, path.join(dir, 'one-missing-out'))).rejects.toThrow('media/15/audio.mp3')
  })

  it('builds a site without media when the snapshot lists none (no media folder is made then)', async () => {
    const from = snapshotFolder('none', [], [])
    const out = path.join(dir, 'none-out')
    await publishSnapshotFiles(from, out)
    expect(existsSync(path.join(out, 'media'))).toBe(false)
    expect(existsSync(path.join(out, 'du-lieu-mo', 'manifest.json'))).toBe(true)
  })
})
