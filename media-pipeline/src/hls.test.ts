import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { createFfmpeg } from './ffmpeg'
import { makeHlsLadder } from './hls'
import { FFMPEG_PATHS, sampleVideo } from './testing/sampleMedia'

const dir = mkdtempSync(path.join(tmpdir(), 'disanso-hls-'))
const ff = createFfmpeg(FFMPEG_PATHS)
const source = (name: string, size: string, seconds: number) => sampleVideo(path.join(dir, name), { size, seconds })

describe('makeHlsLadder', () => {
  let hd: string
  beforeAll(() => {
    hd = source('le-hoi.mp4', '1920x1080', 3)
  }, 60_000)

  it('encodes 1080p, 720p and 360p in one run, listed in a master playlist', async () => {
    const out = path.join(dir, 'hls')
    const result = await makeHlsLadder(ff, hd, out)
    const master = readFileSync(result.master, 'utf8')
    for (const resolution of ['1920x1080', '1280x720', '640x360']) expect(master).toContain(`RESOLUTION=${resolution}`)
    expect(result.rungs.map((rung) => rung.height)).toEqual([1080, 720, 360])
    for (const rung of result.rungs) {
      const playlist = readFileSync(rung.playlist, 'utf8')
      expect(playlist).toContain('#EXT-X-ENDLIST')
      const segment = path.join(path.dirname(rung.playlist), 'segment-000.ts')
      const info = await ff.probe(segment)
      expect(info.video).toMatchObject({ codec: 'h264', height: rung.height })
      expect(info.audio?.codec).toBe('aac')
    }
    expect(readdirSync(dir).some((entry) => entry.includes('.partial-'))).toBe(false)
  })

  it('never upscales: a 270p source gets one rung at its own size', async () => {
    const result = await makeHlsLadder(ff, source('nho.mp4', '480x270', 1), path.join(dir, 'hls-small'))
    expect(result.rungs.map((rung) => rung.height)).toEqual([270])
    expect(readFileSync(result.master, 'utf8')).toContain('RESOLUTION=480x270')
  })
})
