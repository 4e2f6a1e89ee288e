import { overallPercent, PROGRESS } from '@di-san-so/media-pipeline'
import type { Payload } from 'payload'

import type { Media } from '../payload-types'
import type { ProcessingErrorCode, ProcessingStatus, ProcessingStep } from './messages'

export type Processing = NonNullable<Media['processing']>
type Id = string | number

/** Extra fields the workflow fills besides the processing state. */
export type Findings = Partial<Pick<Media, 'sha256' | 'technical' | 'derivatives'>>

/**
 * Writes the processing state of a media record (and what a step found) through the Local API, outside
 * any job transaction so the admin sees it at once. Hooks know it is the workflow (`mediaWorkflow`): no
 * audit entry, no new job; the record's `updatedAt` stays the officer's last edit.
 */
export async function writeProcessing(
  payload: Payload,
  id: Id,
  patch: Partial<Processing>,
  findings: Findings = {},
): Promise<Media> {
  const current = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })
  const merged = (key: 'technical' | 'derivatives') =>
    findings[key] === undefined ? {} : { [key]: { ...(current[key] as object), ...(findings[key] as object) } }
  const saved = await payload.update({
    collection: 'media',
    id,
    data: {
      processing: { ...current.processing, ...patch, heartbeatAt: new Date().toISOString() },
      ...findings,
      ...merged('technical'),
      ...merged('derivatives'),
    },
    depth: 0,
    overrideAccess: true,
    context: { skipAudit: true, mediaWorkflow: true },
  })
  // Progress is not an edit: the record keeps its "last modified" time, so an officer editing the caption
  // while the file is processed is not told that someone else changed the record (Payload's stale-data
  // check compares `updatedAt`; the workflow writes about once a second).
  await payload.db.updateOne({ collection: 'media', id, data: { updatedAt: current.updatedAt }, returning: false })
  return { ...saved, updatedAt: current.updatedAt }
}

const WRITE_EVERY_MS = 1000
const HEARTBEAT_EVERY_MS = 5000

/**
 * Progress of one step (the job's percent from the pipeline's one table, `PROGRESS`): `report(percent of the step)` is throttled to one write a second and writes are
 * queued one after another; a heartbeat every 5 s says the worker is alive even when a step reports
 * nothing (a long checksum). `close()` stops the heartbeat and waits for pending writes.
 */
export function stepProgress(payload: Payload, id: Id, step: ProcessingStep) {
  const [from] = PROGRESS[step]
  let chain: Promise<unknown> = Promise.resolve()
  let lastWrite = 0
  let lastPercent = from
  const write = (percent: number) => {
    lastWrite = Date.now()
    lastPercent = percent
    chain = chain
      .then(() => writeProcessing(payload, id, { status: 'processing', step, percent, errorCode: null }))
      .catch((error: unknown) => payload.logger.warn({ err: error, msg: `media ${id}: progress not saved` }))
  }
  write(from)
  const heartbeat = setInterval(() => write(lastPercent), HEARTBEAT_EVERY_MS)
  return {
    report(percentOfStep: number) {
      const percent = Math.round(overallPercent(step, percentOfStep))
      if (percent !== lastPercent && Date.now() - lastWrite >= WRITE_EVERY_MS) write(percent)
    },
    async close() {
      clearInterval(heartbeat)
      await chain
    },
  }
}

export const failedState = (
  status: Extract<ProcessingStatus, 'failed' | 'retrying'>,
  errorCode: ProcessingErrorCode,
  errorDetail: string,
): Partial<Processing> => ({
  status,
  errorCode,
  errorDetail,
  finishedAt: status === 'failed' ? new Date().toISOString() : null,
})
