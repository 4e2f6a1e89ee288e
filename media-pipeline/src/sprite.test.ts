import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { createFfmpeg } from './ffmpeg'
import { makeSprite } from './sprite'
import { FFMPEG_PATHS, sampleVideo } from './testing/sampleMedia'

describe('makeSprite', () => {
  it('tiles one frame every 2 s and maps each range to its tile in WebVTT', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disanso-sprite-'))
    const video = path.join(dir, 'le-hoi.mp4')
    sampleVideo(video, { size: '640x360', seconds: 25, audio: false })
    const sprite = path.join(dir, 'out', 'sprite.jpg')
    const vtt = path.join(dir, 'out', 'sprite.vtt')
    const { frames, interval } = await makeSprite(createFfmpeg(FFMPEG_PATHS), video, sprite, vtt)
    expect({ frames, interval }).toEqual({ frames: 13, interval: 2 })
    // 10 columns × 2 rows of 160 × 90 tiles.
    expect(await sharp(sprite).metadata()).toMatchObject({ format: 'jpeg', width: 1600, height: 180 })
    const cues = readFileSync(vtt, 'utf8').split('\n\n')
    expect(cues[0]).toBe('WEBVTT')
    expect(cues[1]).toBe('00:00:00.000 --> 00:00:02.000\nsprite.jpg#xywh=0,0,160,90')
    expect(cues[11]).toBe('00:00:20.000 --> 00:00:22.000\nsprite.jpg#xywh=0,90,160,90')
    expect(cues.at(-1)?.trim()).toBe('00:00:24.000 --> 00:00:25.000\nsprite.jpg#xywh=320,90,160,90')
  })
})
