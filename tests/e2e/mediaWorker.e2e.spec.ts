import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../cms/src/payload-types'
import { sampleVideo } from '../../media-pipeline/src/testing/sampleMedia'
import { type CmsServer, startCmsServer } from '../helpers/cmsServer'
import { call, login } from '../helpers/http'

// Media processed by separate `npm run worker` processes (MEDIA_WORKER=external on the web server), and
// the fault that matters most: a worker killed with SIGKILL in the middle of a transcode.

const EMAIL = 'quan-tri@vi-du.vn'
const PASSWORD = 'mot-mat-khau-dai-2026'
const find = (dir: string, pattern: string) =>
  execFileSync('find', [dir, '-name', pattern], { encoding: 'utf8' }).trim().split('\n').filter(Boolean)

describe('media workers', () => {
  let server: CmsServer
  let sources: string
  let cookie: string
  beforeAll(async () => {
    sources = mkdtempSync(path.join(tmpdir(), 'disanso-worker-'))
    server = await startCmsServer({ MEDIA_WORKER: 'external' })
    const registered = await call(`${server.url}/api/users/first-register`, {
      method: 'POST',
      body: { email: EMAIL, password: PASSWORD, 'confirm-password': PASSWORD },
    })
    expect(registered.status).toBe(200)
    cookie = (await login(server.url, EMAIL, PASSWORD)).cookie
  })
  afterAll(async () => {
    await server?.stop()
    rmSync(sources, { recursive: true, force: true })
  })

  const media = async (id: string) =>
    (await call(`${server.url}/api/media/${id}`, { cookie })).json() as unknown as Media
  async function until(id: string, test: (doc: Media) => boolean, seconds: number): Promise<Media> {
    const deadline = Date.now() + seconds * 1000
    for (;;) {
      const doc = await media(id)
      if (test(doc)) return doc
      if (Date.now() > deadline) throw new Error(`media ${id} never got there: ${JSON.stringify(doc.processing)}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  it('a worker killed mid-transcode: another resumes the job at that step; nothing half-made is left or served', async () => {
    const video = sampleVideo(path.join(sources, 'dem-hoi.mp4'), { size: '1920x1080', seconds: 20 })
    const form = new FormData()
    form.append('file', new Blob([readFileSync(video)], { type: 'video/mp4' }), 'dem-hoi.mp4')
    form.append('_payload', JSON.stringify({ accessLevel: 'public' }))
    const created = await call(`${server.url}/api/media`, { method: 'POST', cookie, form })
    expect(created.status).toBe(201)
    const id = String((created.json().doc as Media).id)
    // The web server leaves the work to workers.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect((await media(id)).processing?.status).toBe('queued')

    const first = server.spawnScript('src/scripts/worker.ts')
    const streaming = await until(
      id,
      (doc) => doc.processing?.step === 'streaming' && (doc.processing.percent ?? 0) > 45,
      120,
    )
    expect(streaming.derivatives).toMatchObject({ webMp4: 'web.mp4', poster: 'poster.jpg' })
    const outDir = path.join(server.dir, 'derivatives', id)
    const webMp4 = statSync(path.join(outDir, 'web.mp4'))
    process.kill(-(first.pid ?? 0), 'SIGKILL')
    await new Promise((resolve) => first.once('exit', resolve))
    // Killed: the half-made ladder sits under a temporary name, never where the finished one goes.
    expect(find(outDir, '*.partial-*').length).toBeGreaterThan(0)
    expect(find(outDir, 'master.m3u8')).toEqual([])
    const partial = path.basename(find(outDir, '*.partial-*')[0] ?? '')
    expect((await call(`${server.url}/api/media/${id}/derivatives/${partial}/720p/index.m3u8`)).status).toBe(404)

    const second = server.spawnScript('src/scripts/worker.ts', { MEDIA_STALE_SECONDS: '5' })
    const done = await until(id, (doc) => doc.processing?.status === 'done', 180)
    expect(second.log()).toContain('worker lost')
    expect(Object.keys(done.derivatives as object).sort()).toEqual([
      'hlsMaster',
      'poster',
      'sprite',
      'spriteVtt',
      'webMp4',
    ])
    expect(find(outDir, '*.partial-*')).toEqual([])
    expect(statSync(path.join(outDir, 'web.mp4'))).toMatchObject({ ino: webMp4.ino, mtimeMs: webMp4.mtimeMs })
    const master = await call(`${server.url}/api/media/${id}/derivatives/hls/master.m3u8`)
    expect(master.text).toContain('1080p/index.m3u8')
    expect(done.sha256).toBe(execFileSync('sha256sum', [video], { encoding: 'utf8' }).split(' ')[0])
  }, 360_000)
})
