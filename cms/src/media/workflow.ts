import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import {
  createMediaPipeline,
  type DerivativeStep,
  type Identified,
  type MediaPipeline,
  MediaPipelineError,
  ROUTE_STEPS,
  type Route,
  routeOf,
  type Step,
} from '@di-san-so/media-pipeline'
import type { Payload, TaskConfig, TypedJobs, WorkflowConfig } from 'payload'
import sharp from 'sharp'

import { QUEUES } from '../jobs/queues'
import type { Media } from '../payload-types'
import { queueSiteRebuild } from '../publication/siteRebuild'
import { queueSearchSyncForMedia } from '../searchIndex/sync'
import type { ProcessingErrorCode } from './messages'
import { type Findings, failedState, stepProgress, writeProcessing } from './state'

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

type StepOutput = { stop?: boolean; route?: Route }
type Work = (args: {
  media: Media
  file: string
  outDir: string
  report: (percent: number) => void
}) => Promise<{ stop?: boolean; route?: Route; findings?: Findings }>

/** Half-written outputs left by a worker that was killed: one job per file runs at a time, so they are stale. */
async function removePartials(outDir: string): Promise<void> {
  const entries = await readdir(outDir, { recursive: true }).catch((): string[] => [])
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

/** The Payload task that runs each step of `plan` (the pipeline's one step vocabulary). */
const TASK_OF_STEP = {
  identify: 'mediaIdentify',
  probe: 'mediaProbe',
  checksum: 'mediaChecksum',
  images: 'mediaImages',
  'web-video': 'mediaWebVideo',
  streaming: 'mediaStreaming',
  audio: 'mediaAudio',
} as const satisfies Record<Exclude<Step, 'done'>, MediaTaskSlug>

function mediaTask(step: Exclude<Step, 'done'>, retryDelayMs: number, work: Work): MediaTaskConfig {
  const slug = TASK_OF_STEP[step]
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
const MEDIA_KINDS = ['image', 'audio', 'video', 'document'] as const satisfies readonly Identified['kind'][]
/** What `identify` found, as stored on the record by the identify step. */
const identifiedOf = (media: Media): Pick<Identified, 'kind'> | undefined => {
  const technical = media.technical
  if (!technical || typeof technical !== 'object' || Array.isArray(technical)) return undefined
  const identified = technical.identified
  const kind = identified && typeof identified === 'object' && 'kind' in identified ? identified.kind : undefined
  const known = MEDIA_KINDS.find((candidate) => candidate === kind)
  return known ? { kind: known } : undefined
}

/** One derivative step of `plan` as a task: the pipeline writes the files, the record lists them by role. */
const deriveTask = (pipeline: MediaPipeline, step: DerivativeStep, retryDelayMs: number) =>
  mediaTask(step, retryDelayMs, async ({ file, outDir, report }) => ({
    findings: { derivatives: await pipeline.derive(step, file, outDir, report) },
  }))

/**
 * The workflow's steps, bound to the binaries the cms's settings name; a failed step is tried again after
 * `retryDelayMs` (MEDIA_RETRY_SECONDS, default 5).
 */
export const createMediaTasks = ({
  retryDelayMs = 5000,
  ffmpegPath = 'ffmpeg',
  ffprobePath = 'ffprobe',
}: {
  retryDelayMs?: number
  ffmpegPath?: string
  ffprobePath?: string
} = {}) => {
  const pipeline = createMediaPipeline({ ffmpegPath, ffprobePath, sharp })
  return [
    mediaTask('identify', retryDelayMs, async ({ media, file }) => {
      const identified = await pipeline.identify(file, displayName(media))
      const route: Route = identified.kind === 'document' ? 'none' : identified.kind
      return { route, findings: { technical: { identified } } }
    }),
    mediaTask('probe', retryDelayMs, async ({ media, file }) => {
      const identified = identifiedOf(media)
      if (identified?.kind === 'image')
        return { route: 'image', findings: { technical: { image: await pipeline.imageFacts(file) } } }
      if (identified?.kind !== 'video' && identified?.kind !== 'audio') return { route: 'none' }
      const probe = await pipeline.probe(file, displayName(media))
      return { route: routeOf(identified, probe), findings: { technical: { probe } } }
    }),
    mediaTask('checksum', retryDelayMs, async ({ file }) => ({ findings: { sha256: await pipeline.checksum(file) } })),
    ...(['images', 'web-video', 'streaming', 'audio'] as const).map((step) => deriveTask(pipeline, step, retryDelayMs)),
  ]
}

type RunTask = (id: string, args: { input: { media: string } }) => Promise<StepOutput>

/**
 * identify → probe → checksum → the derivative steps of the file's route (`ROUTE_STEPS`, as in `plan`). Payload keeps each finished step's
 * output, so a retried job resumes at the step that failed.
 */
export const processMediaWorkflow: WorkflowConfig = {
  slug: 'processMedia',
  label: 'Xử lý tệp tư liệu',
  queue: QUEUES.media,
  inputSchema: [{ name: 'media', type: 'text', required: true }],
  handler: async ({ job, tasks, req }) => {
    const run = tasks as unknown as Record<string, RunTask>
    const input = { media: String((job.input as { media: string }).media) }
    const step = (slug: string) => (run[slug] as RunTask)(slug, { input })
    if ((await step(TASK_OF_STEP.identify)).stop) return
    const probed = await step(TASK_OF_STEP.probe)
    if (probed.stop) return
    if ((await step(TASK_OF_STEP.checksum)).stop) return
    for (const derivative of ROUTE_STEPS[probed.route ?? 'none'])
      if ((await step(TASK_OF_STEP[derivative])).stop) return
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
