import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recoverStalledJobs } from '../../cms/src/jobs/recoverStalledJobs'
import { PROCESSING_ERRORS } from '../../cms/src/media/messages'
import type { Media } from '../../cms/src/payload-types'
import { bombPng, ffmpegSync, sampleVideo, unknownCodecVideo } from '../../media-pipeline/src/testing/sampleMedia'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

// The media workflow on real files through Payload's Jobs Queue: upload → record at once → queued job →
// identify, probe, checksum, derivatives, with the state an officer sees on the record.

let archive: TestArchive
let payload: Payload
let sources: string
const sha256sum = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]
const ffprobe = (file: string) =>
  JSON.parse(
    execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file], {
      encoding: 'utf8',
    }),
  ) as { streams: { codec_name: string; width?: number; height?: number }[]; format: { duration: string } }

const upload = async (file: string, name = path.basename(file)) =>
  (await payload.create({
    collection: 'media',
    data: { accessLevel: 'public' },
    // What a browser sends for an unfamiliar file: the bytes decide, not this claim.
    file: { data: readFileSync(file), name, mimetype: 'application/octet-stream', size: readFileSync(file).length },
    overrideAccess: true,
  })) as Media

/** Runs the media queue until nothing is left to run now (as the in-process worker would, round after round). */
async function runQueue(): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const result = await payload.jobs.run({ queue: 'media', limit: 1, silent: true })
    if (result.noJobsRemaining) return
  }
}
const reload = async (id: string | number) =>
  (await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })) as Media
const derivative = (media: Media, key: string) =>
  path.join(archive.dir, 'derivatives', String(media.id), (media.derivatives as Record<string, string>)[key] ?? '')
const original = (media: Media) => path.join(archive.dir, 'media', String(media.filename))

beforeAll(async () => {
  archive = await startTestArchive(undefined, { MEDIA_RETRY_SECONDS: '0' })
  payload = archive.payload
  sources = path.join(archive.dir, 'sources')
  mkdirSync(sources, { recursive: true })
}, 120_000)
afterAll(() => archive?.stop())

const mkvVideo = () => {
  const file = path.join(sources, 'nguyen.mkv')
  ffmpegSync(['-f', 'lavfi', '-i', 'testsrc2=size=320x180:duration=1', '-c:v', 'libx264', '-preset', 'ultrafast', file])
  return file
}

describe('media workflow (Payload Jobs Queue)', () => {
  it('creates the record at once, queued; then web MP4, poster, HLS, sprite and checksum, original untouched', async () => {
    const video = sampleVideo(path.join(sources, 'le-hoi-cong-chieng.mp4'), { size: '1280x720', seconds: 3 })
    const before = sha256sum(video)
    const created = await upload(video)
    expect(created.processing).toMatchObject({ status: 'queued', percent: 0 })
    const jobs = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'media' } } })
    expect(jobs.docs.map((job) => job.input)).toContainEqual({ media: String(created.id) })

    await runQueue()
    const done = await reload(created.id)
    expect(done.processing).toMatchObject({ status: 'done', step: 'done', percent: 100, errorCode: null })
    expect(done.sha256).toBe(before)
    expect(sha256sum(original(done))).toBe(before)
    expect(Object.keys(done.derivatives as object).sort()).toEqual([
      'hlsMaster',
      'poster',
      'sprite',
      'spriteVtt',
      'webMp4',
    ])
    const web = ffprobe(derivative(done, 'webMp4'))
    expect(web.streams.map((stream) => stream.codec_name).sort()).toEqual(['aac', 'h264'])
    expect(web.streams.find((stream) => stream.codec_name === 'h264')).toMatchObject({ width: 1280, height: 720 })
    expect(Math.abs(Number(web.format.duration) - 3)).toBeLessThanOrEqual(0.1)
    const master = readFileSync(derivative(done, 'hlsMaster'), 'utf8')
    expect(master).toContain('720p/index.m3u8')
    expect(master).toContain('360p/index.m3u8')
    expect(done.technical).toMatchObject({
      identified: { kind: 'video', mimeType: 'video/mp4' },
      probe: { video: { codec: 'h264', width: 1280, height: 720 }, audio: { codec: 'aac' } },
    })
  })

  it('makes the web images of a photo and shows the smallest as the admin thumbnail', async () => {
    const photo = path.join(sources, 'tho-cam.jpg')
    await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#8a3b12' } })
      .jpeg()
      .toFile(photo)
    const created = await upload(photo)
    await runQueue()
    const done = await reload(created.id)
    expect(done.processing?.status).toBe('done')
    expect(Object.keys(done.derivatives as object)).toContain('image-webp-320')
    expect((await sharp(derivative(done, 'image-webp-320')).metadata()).width).toBe(320)
    expect(done.thumbnailURL).toBe(`/api/media/${done.id}/derivatives/images/image-320.webp`)
  })

  it("leaves the record's last-modified time to the officer, so a form opened during processing is not called stale", async () => {
    const photo = path.join(sources, 'ghe-dan.png')
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2f5d50' } })
      .png()
      .toFile(photo)
    const created = await upload(photo)
    await runQueue()
    const done = await reload(created.id)
    expect(done.processing).toMatchObject({ status: 'done', percent: 100 })
    expect(Object.keys(done.derivatives as object).length).toBeGreaterThan(0)
    expect(done.updatedAt).toBe(created.updatedAt)
    const edited = (await payload.update({
      collection: 'media',
      id: created.id,
      data: { caption: 'Ghè đàn' },
      overrideAccess: true,
    })) as Media
    expect(edited.updatedAt > created.updatedAt).toBe(true)
  })

  it('processes an audio-only "video" as audio', async () => {
    const sound = path.join(sources, 'hat-ke.mp4')
    ffmpegSync(['-f', 'lavfi', '-i', 'sine=frequency=200:duration=2', '-c:a', 'aac', sound])
    const created = await upload(sound)
    await runQueue()
    const done = await reload(created.id)
    expect(done.processing?.status).toBe('done')
    expect(Object.keys(done.derivatives as object).sort()).toEqual(['mp3', 'opus', 'waveform'])
  })

  it('turns a phone video with rotation metadata upright', async () => {
    const phone = path.join(sources, 'dien-thoai.mp4')
    sampleVideo(phone, { size: '640x360', seconds: 1 })
    const rotated = path.join(sources, 'dien-thoai-xoay.mp4')
    ffmpegSync(['-i', phone, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', rotated])
    const created = await upload(rotated)
    await runQueue()
    const done = await reload(created.id)
    expect(done.technical).toMatchObject({ probe: { video: { rotation: 90, width: 640, height: 360 } } })
    const web = ffprobe(derivative(done, 'webMp4')).streams.find((stream) => stream.codec_name === 'h264')
    expect(web).toMatchObject({ width: 360, height: 640 })
  })

  describe('bad files: the record stays, with the reason in Vietnamese (and English)', () => {
    const cases: [string, string, () => Buffer | Promise<Buffer>][] = [
      // (Empty files, unknown types and names that disagree with the bytes are refused at upload: below.
      // A cut-off MP4 is refused at upload by Payload's own box check; see the browser test.)
      ['hong.mkv', 'corrupt', () => readFileSync(mkvVideo()).subarray(0, 3000)],
      ['bom.png', 'image-too-large', () => bombPng(30_000, 30_000)],
      ['la.mkv', 'unsupported-codec', () => unknownCodecVideo(sources)],
    ]
    it.each(cases)('%s → %s', async (name, code, bytes) => {
      const file = path.join(sources, name)
      writeFileSync(file, await bytes())
      const created = await upload(file, name)
      await runQueue()
      const failed = await reload(created.id)
      expect(failed.processing).toMatchObject({ status: 'failed', errorCode: code })
      expect(failed.processing?.errorDetail).toMatch(/^\[media\] \w[\w-]* failed for /)
      expect(PROCESSING_ERRORS[code as keyof typeof PROCESSING_ERRORS].vi).toBeTruthy()
      // The upload itself is kept as sent, for the officer to fix or replace.
      expect(readFileSync(original(failed)).equals(readFileSync(file))).toBe(true)
    })
  })

  it.each([
    ['khac.svg', 'unsafe-content', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['video.mp4', 'unsafe-content', '<!doctype html><html><script>alert(1)</script></html>'],
    ['rong.mp4', 'empty-file', ''],
    ['le-hoi.mp4', 'type-mismatch', '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'],
    ['ghi-chu.txt', 'unknown-type', 'ghi chú'],
  ] as const)('refuses %s (%s) at upload, in Vietnamese, storing nothing', async (name, code, text) => {
    const file = path.join(sources, name)
    writeFileSync(file, text)
    const count = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    await expect(upload(file, name)).rejects.toMatchObject({
      data: { errors: [{ path: 'file', message: PROCESSING_ERRORS[code].vi }] },
    })
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(count)
  })

  it.each([
    ['../../etc/le-hoi.jpg', 'le-hoi.jpg'],
    ['anh\u0000.jpg', 'anh.jpg'],
    [`${'a'.repeat(296)}.jpg`, `${'a'.repeat(120)}.jpg`],
    ['Lễ hội.jpg'.normalize('NFD'), 'Lễ hội.jpg'.normalize('NFC')],
  ])('keeps a safe original name for %j and stores the file under a random one', async (name, kept) => {
    const photo = path.join(sources, 'ten.jpg')
    await sharp({ create: { width: 64, height: 64, channels: 3, background: '#333' } })
      .jpeg()
      .toFile(photo)
    const created = await upload(photo, name)
    expect(created.originalFilename).toBe(kept)
    expect(created.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
  })

  it('retries only the step that failed, then finishes', async () => {
    await runQueue()
    const video = sampleVideo(path.join(sources, 'thu-lai.mp4'), { size: '320x180', seconds: 2 })
    const created = await upload(video)
    // The sprite cannot be written: a folder sits where it goes (as a full or broken disk would fail it).
    const blocker = path.join(archive.dir, 'derivatives', String(created.id), 'sprite.jpg', 'x')
    mkdirSync(blocker, { recursive: true })
    await payload.jobs.run({ queue: 'media', limit: 1, silent: true })
    const waiting = await reload(created.id)
    expect(waiting.processing).toMatchObject({ status: 'retrying', errorCode: 'io' })
    expect(waiting.derivatives).toMatchObject({ webMp4: 'web.mp4' })
    const [job] = (
      await payload.find({ collection: 'payload-jobs', where: { 'input.media': { equals: String(created.id) } } })
    ).docs
    expect((job?.log ?? []).map((entry) => `${entry.taskSlug} ${entry.state}`)).toEqual([
      'mediaIdentify succeeded',
      'mediaProbe succeeded',
      'mediaChecksum succeeded',
      'mediaWebVideo succeeded',
      'mediaStreaming failed',
    ])
    const webMp4 = statSync(derivative(waiting, 'webMp4'))

    execFileSync('rm', ['-r', path.dirname(blocker)])
    await runQueue()
    const done = await reload(created.id)
    expect(done.processing?.status).toBe('done')
    expect(Object.keys(done.derivatives as object)).toContain('sprite')
    // The web MP4 was not made again: same file, untouched since the first run.
    expect(statSync(derivative(done, 'webMp4'))).toMatchObject({ ino: webMp4.ino, mtimeMs: webMp4.mtimeMs })
  })

  it('gives a job whose worker died back to the queue, which resumes and finishes it', async () => {
    await runQueue()
    const video = sampleVideo(path.join(sources, 'mat-dien.mp4'), { size: '320x180', seconds: 1 })
    const created = await upload(video)
    const [job] = (
      await payload.find({ collection: 'payload-jobs', where: { 'input.media': { equals: String(created.id) } } })
    ).docs
    // As a killed worker leaves it: claimed, half an output on disk, no heartbeat since.
    await payload.update({ collection: 'payload-jobs', id: job?.id ?? '', data: { processing: true } })
    const outDir = path.join(archive.dir, 'derivatives', String(created.id))
    mkdirSync(outDir, { recursive: true })
    writeFileSync(path.join(outDir, 'web.mp4.partial-dead'), 'half')
    expect((await payload.jobs.run({ queue: 'media', silent: true })).noJobsRemaining).toBe(true)

    expect(await recoverStalledJobs(payload, { staleMs: 60_000 })).toBe(0)
    expect(await recoverStalledJobs(payload, { staleMs: 60_000, now: Date.now() + 61_000 })).toBe(1)
    expect((await reload(created.id)).processing).toMatchObject({ status: 'retrying', errorCode: 'worker-lost' })
    await runQueue()
    const done = await reload(created.id)
    expect(done.processing?.status).toBe('done')
    expect(readdirSync(outDir).filter((name) => name.includes('.partial-'))).toEqual([])
    expect(existsSync(derivative(done, 'webMp4'))).toBe(true)
  })
})
