import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from '@di-san-so/site/snapshot'
import { afterAll, describe, expect, it } from 'vitest'
import { writeSnapshot } from '../../cms/src/publication/writeSnapshot'

// Whoever downloads the open-data snapshot (or the public site built from it) gets the files a public
// record lists — never another file that happens to lie in that record's derivatives folder, such as the
// recording of a deleted restricted record whose id was reused.

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-snapshot-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const put = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

describe('the public snapshot copies only the derivatives a public record lists', () => {
  it('leaves out a restricted recording lying in the same folder, keeps the HLS ladder', async () => {
    const derivatives = path.join(dir, 'derivatives')
    put(path.join(derivatives, '7/images/anh-640.webp'), 'webp')
    put(path.join(derivatives, '7/hls/master.m3u8'), '#EXTM3U\n720p/index.m3u8\n')
    put(path.join(derivatives, '7/hls/720p/index.m3u8'), '#EXTM3U\nseg0.ts\n')
    put(path.join(derivatives, '7/hls/720p/seg0.ts'), 'ts')
    put(path.join(derivatives, '7/audio/audio.mp3'), 'ID3 nghi le kin')
    put(path.join(derivatives, '7/manifest.json'), '{}')
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      generatedAt: new Date(0).toISOString(),
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      items: [],
      groups: [],
      people: [],
      places: [],
      labels: [],
      media: [
        {
          id: '7',
          kind: 'video',
          caption: null,
          credit: null,
          width: 640,
          height: 360,
          duration: 1,
          files: { 'image-webp-640': 'media/7/images/anh-640.webp', hlsMaster: 'media/7/hls/master.m3u8' },
          transcript: null,
          captions: [],
          labels: [],
        },
      ],
    }
    const out = path.join(dir, 'snapshot')
    await writeSnapshot(snapshot, out, {
      derivatives,
      originals: path.join(dir, 'media'),
      captionOriginals: new Map(),
    })
    expect(readFileSync(path.join(out, 'media/7/images/anh-640.webp'), 'utf8')).toBe('webp')
    expect(readFileSync(path.join(out, 'media/7/hls/720p/seg0.ts'), 'utf8')).toBe('ts')
    expect(existsSync(path.join(out, 'media/7/audio'))).toBe(false)
    expect(existsSync(path.join(out, 'media/7/manifest.json'))).toBe(false)
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).not.toContain('audio.mp3')
  })
})
