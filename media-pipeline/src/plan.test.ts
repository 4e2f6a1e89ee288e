import { describe, expect, it } from 'vitest'

import type { Probe } from './ffmpeg'
import type { MediaKind } from './identify'
import { overallPercent, PROGRESS, plan, ROUTE_STEPS, routeOf, STEPS } from './plan'

const probe = (video: boolean, audio: boolean): Probe => ({
  format: 'mov,mp4,m4a,3gp,3g2,mj2',
  duration: 2,
  bitRate: null,
  video: video ? { codec: 'h264', width: 320, height: 180, rotation: 0, frameRate: 25 } : null,
  audio: audio ? { codec: 'aac', sampleRate: 48000, channels: 2 } : null,
})
const kind = (k: MediaKind) => ({ kind: k })

describe('plan (the derivative steps a file needs, one decision for the CLI and the cms)', () => {
  it.each([
    ['a photo', kind('image'), null, ['images']],
    ['a video with picture and sound', kind('video'), probe(true, true), ['web-video', 'streaming']],
    ['a silent video', kind('video'), probe(true, false), ['web-video', 'streaming']],
    ['a "video" without a picture (a recording saved as .mp4) is audio', kind('video'), probe(false, true), ['audio']],
    ['a sound', kind('audio'), probe(false, true), ['audio']],
    ['media with neither picture nor sound', kind('video'), probe(false, false), []],
    ['a video not probed', kind('video'), null, []],
    ['a document (PDF, captions) is kept as uploaded', kind('document'), null, []],
    ['a document is never routed by a probe', kind('document'), probe(true, true), []],
  ] as const)('%s', (_, identified, found, steps) => {
    expect(plan(identified, found)).toEqual(steps)
  })

  it('routes each file to the steps of its route', () => {
    expect(routeOf(kind('video'), probe(false, true))).toBe('audio')
    expect(ROUTE_STEPS[routeOf(kind('image'), null)]).toBe(plan(kind('image'), null))
  })
})

describe('PROGRESS (one bar from 0 to 100 across the steps)', () => {
  it('has a span for every step, in order, never going back along any route', () => {
    expect(Object.keys(PROGRESS)).toEqual([...STEPS])
    for (const steps of Object.values(ROUTE_STEPS)) {
      const spans = ['identify', 'probe', 'checksum', ...steps, 'done'].map((s) => PROGRESS[s as keyof typeof PROGRESS])
      const points = spans.flat()
      expect(points).toEqual([...points].sort((a, b) => a - b))
      expect(points[0]).toBe(0)
      expect(points.at(-1)).toBe(100)
    }
  })

  it('turns a step’s own percent into the job’s, clamped to the step', () => {
    expect(overallPercent('web-video', 0)).toBe(5)
    expect(overallPercent('web-video', 100)).toBe(40)
    expect(overallPercent('streaming', 50)).toBe(69.5)
    expect(overallPercent('audio', 150)).toBe(99)
    expect(overallPercent('checksum', -10)).toBe(2)
    expect(overallPercent('done', 0)).toBe(100)
  })
})
