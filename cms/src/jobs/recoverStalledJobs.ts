import type { Payload } from 'payload'

import { settingsOf } from '../config/settings'
import { failedState, writeProcessing } from '../media/state'
import { QUEUES } from './queues'

/** A job whose worker died this many times is failed instead of tried again (a file that kills workers). */
export const MAX_WORKER_LOSSES = 3

/**
 * Payload leaves a job marked as processing when its worker is killed (SIGKILL, out of memory, power cut).
 * This gives such jobs back to the queue — Payload then resumes them at the step that was running, as
 * finished steps keep their output — and gives up on a file after MAX_WORKER_LOSSES.
 */
export async function recoverStalledJobs(
  payload: Payload,
  { staleMs = settingsOf(payload).media.staleAfterMs, now = Date.now() }: { staleMs?: number; now?: number } = {},
): Promise<number> {
  const running = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: QUEUES.media } }, { processing: { equals: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let recovered = 0
  for (const job of running.docs) {
    const mediaId = (job.input as { media?: string } | null)?.media
    const media = mediaId
      ? await payload.findByID({
          collection: 'media',
          id: mediaId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    const lastSign = Date.parse(media?.processing?.heartbeatAt ?? job.updatedAt)
    if (now - lastSign < staleMs) continue
    const losses = (job.totalTried ?? 0) + 1
    const giveUp = losses >= MAX_WORKER_LOSSES
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: false, totalTried: losses, ...(giveUp ? { hasError: true } : {}) },
      depth: 0,
      overrideAccess: true,
    })
    if (media)
      await writeProcessing(
        payload,
        media.id,
        failedState(giveUp ? 'failed' : 'retrying', 'worker-lost', `worker stopped without a word (${losses}×)`),
      )
    payload.logger.warn(`media job ${job.id}: worker lost (${losses}×), ${giveUp ? 'failed' : 'back in the queue'}`)
    recovered += 1
  }
  return recovered
}

const lastRecovery = new WeakMap<Payload, number>()

/** `recoverStalledJobs` at most once a quarter of the stale time: it is asked before every queue tick. */
export async function recoverStalledJobsNowAndThen(
  payload: Payload,
  staleMs = settingsOf(payload).media.staleAfterMs,
): Promise<void> {
  const now = Date.now()
  if (now - (lastRecovery.get(payload) ?? 0) < staleMs / 4) return
  lastRecovery.set(payload, now)
  await recoverStalledJobs(payload, { staleMs, now })
}
