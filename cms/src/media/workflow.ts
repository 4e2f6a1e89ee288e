import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import {
  createFfmpeg,
  deriveAudio,
  deriveImages,
  deriveStreaming,
  deriveWebVideo,
  type Files,
  identify,
  MediaPipelineError,
  sha256File,
} from '@di-san-so/media-pipeline'
import type { Payload, TaskConfig, TypedJobs, WorkflowConfig } from 'payload'
import sharp from 'sharp'

import type { Media } from '../payload-types'
import { queueSearchSyncForMedia } from '../searchIndex/sync'
import { queueSiteRebuild } from '../site/rebuildSite'
import type { ProcessingErrorCode, ProcessingStep } from './messages'
import { type Findings, failedState, stepProgress, writeProcessing } from './state'

export const MEDIA_QUEUE = 'media'
/** Tries of a step after its first failure (a killed worker, a full disk); bad files are not retried. */
export const MEDIA_TASK_RETRIES = 2

/** Where a media collection keeps originals and derivatives (from the collection's `custom`). */
export function mediaDirs(payload: Payload): { originals: string; derivatives: string } {
  const config = payload.collections.media.config
  return {
    originals: String(typeof config.upload === 'object' ? config.upload.staticDir : ''),
    derivatives: String(config.custom?.derivativesDir),
  }
}

type Route = 'image' | 'video' | 'audio' | 'none'
type StepOutput = { stop?: boolean; route?: Route }
type Work = (args: {
  media: Media
  file: string
  outDir: string
  report: (percent: number) => void
}) => Promise<{ stop?: boolean; route?: Route; findings?: Findings }>

/** Half-written outputs left by a worker that was killed: one job per file runs at a time, so they are stale. */
async function removePartials(outDir: string): Promise<void> {
  const entries = await readdir(outDir, { recursive: true }).catch(() => [] as string[])
  for (const entry of entries)
    if (path.basename(entry).includes('.partial-')) await rm(path.join(outDir, entry), { recursive: true, force: true })
}

const failuresOf = (job: { log?: { taskSlug?: string; state?: string }[] | null }, slug: string) =>
  (job.log ?? []).filter((entry) => entry.taskSlug === slug && entry.state === 'failed').length

/**
 * One step of the media workflow as a Payload task: shows its progress on the media record, saves what
 * it found, and on failure either stops for good (a bad file: the officer reads why) or throws so
 * Payload retries this step — and only this step — after a delay.
 */
type MediaTaskSlug = Exclude<keyof TypedJobs['tasks'], 'inline'>
/** Every media task takes `{ media }` and returns `{ stop, route }`: typed once, as the first of them. */
type MediaTaskConfig = TaskConfig<'mediaIdentify'>

function mediaTask(slug: MediaTaskSlug, step: ProcessingStep, retryDelayMs: number, work: Work): MediaTaskConfig {
  return {
    slug: slug as 'mediaIdentify',
    label: step,
    retries: { attempts: MEDIA_TASK_RETRIES, backoff: { type: 'fixed', delay: retryDelayMs } },
    inputSchema: [{ name: 'media', type: 'text', required: true }],
    outputSchema: [
      { name: 'stop', type: 'checkbox' },
      { name: 'route', type: 'text' },
    ],
    handler: async ({ input, job, req }) => {
      const { payload } = req
      const media = await payload.findByID({ collection: 'media', id: input.media, depth: 0, overrideAccess: true })
      const progress = stepProgress(payload, media.id, step)
      const dirs = mediaDirs(payload)
      const outDir = path.join(dirs.derivatives, String(media.id))
      try {
        await removePartials(outDir)
        const result = await work({
          media,
          file: path.join(dirs.originals, String(media.filename)),
          outDir,
          report: progress.report,
        })
        await progress.close()
        if (result.findings) await writeProcessing(payload, media.id, {}, result.findings)
        return { output: { stop: result.stop ?? false, route: result.route ?? null } }
      } catch (error) {
        await progress.close()
        const known = error instanceof MediaPipelineError
        const code: ProcessingErrorCode = known ? error.code : 'unexpected'
        const detail = error instanceof Error ? error.message : String(error)
        if (known && error.permanent) {
          await writeProcessing(payload, media.id, failedState('failed', code, detail))
          return { output: { stop: true } }
        }
        const final = failuresOf(job, slug) >= MEDIA_TASK_RETRIES
        await writeProcessing(payload, media.id, failedState(final ? 'failed' : 'retrying', code, detail))
        throw error
      }
    },
  }
}

const displayName = (media: Media) => media.originalFilename || String(media.filename)
const ff = () => createFfmpeg()

/** The workflow's steps; a failed step is tried again after `retryDelayMs` (MEDIA_RETRY_SECONDS, default 5). */
export const createMediaTasks = ({ retryDelayMs = 5000 }: { retryDelayMs?: number } = {}) => [
  mediaTask('mediaIdentify', 'identify', retryDelayMs, async ({ media, file }) => {
    const identified = await identify(file, displayName(media))
    const route: Route = identified.kind === 'document' ? 'none' : identified.kind
    return { route, findings: { technical: { identified } } }
  }),
  mediaTask('mediaProbe', 'probe', retryDelayMs, async ({ media, file }) => {
    const identified = (media.technical as { identified?: { kind?: string } } | null)?.identified
    if (identified?.kind === 'image') {
      const { width, height, format, orientation, space, hasProfile } = await sharp(file, {
        limitInputPixels: false,
      }).metadata()
      return {
        route: 'image',
        findings: { technical: { image: { width, height, format, orientation, space, hasProfile } } },
      }
    }
    if (identified?.kind !== 'video' && identified?.kind !== 'audio') return { route: 'none' }
    const probe = await ff().probe(file, displayName(media))
    // A "video" without a picture (a recording saved as .mp4) is processed as audio.
    const route: Route = probe.video ? 'video' : probe.audio ? 'audio' : 'none'
    return { route, findings: { technical: { probe } } }
  }),
  mediaTask('mediaChecksum', 'checksum', retryDelayMs, async ({ file }) => ({
    findings: { sha256: await sha256File(file) },
  })),
  mediaTask('mediaImages', 'images', retryDelayMs, async ({ file, outDir }) => ({
    findings: { derivatives: await deriveImages(sharp, file, outDir) },
  })),
  mediaTask('mediaWebVideo', 'web-video', retryDelayMs, async ({ file, outDir, report }) => ({
    findings: { derivatives: (await deriveWebVideo(ff(), file, outDir, report)) as Files },
  })),
  mediaTask('mediaStreaming', 'streaming', retryDelayMs, async ({ file, outDir, report }) => ({
    findings: { derivatives: (await deriveStreaming(ff(), file, outDir, report)) as Files },
  })),
  mediaTask('mediaAudio', 'audio', retryDelayMs, async ({ file, outDir, report }) => ({
    findings: { derivatives: (await deriveAudio(ff(), file, outDir, report)) as Files },
  })),
]

type RunTask = (id: string, args: { input: { media: string } }) => Promise<StepOutput>

/**
 * identify → probe → checksum → the derivatives the file's kind needs. Payload keeps each finished step's
 * output, so a retried job resumes at the step that failed.
 */
export const processMediaWorkflow: WorkflowConfig = {
  slug: 'processMedia',
  label: 'Xử lý tệp tư liệu',
  queue: MEDIA_QUEUE,
  inputSchema: [{ name: 'media', type: 'text', required: true }],
  handler: async ({ job, tasks, req }) => {
    const run = tasks as unknown as Record<string, RunTask>
    const input = { media: String((job.input as { media: string }).media) }
    const step = (slug: string) => (run[slug] as RunTask)(slug, { input })
    if ((await step('mediaIdentify')).stop) return
    const probed = await step('mediaProbe')
    if (probed.stop) return
    if ((await step('mediaChecksum')).stop) return
    const groups: Record<Route, string[]> = {
      image: ['mediaImages'],
      video: ['mediaWebVideo', 'mediaStreaming'],
      audio: ['mediaAudio'],
      none: [],
    }
    for (const slug of groups[probed.route ?? 'none']) if ((await step(slug)).stop) return
    // New derivatives of a public file change the public site.
    await queueSiteRebuild(req, `media ${input.media} processed`)
    await queueSearchSyncForMedia(req, input.media)
    await writeProcessing(req.payload, input.media, {
      status: 'done',
      step: 'done',
      percent: 100,
      errorCode: null,
      errorDetail: null,
      finishedAt: new Date().toISOString(),
    })
  },
} as WorkflowConfig
