import type { ArchiveSettings } from '../config/settings'

/** The archive's job queues (Payload Jobs Queue, stored in the same database). */
export const QUEUES = {
  /** identify, checksum and derivatives of one uploaded file (the `processMedia` workflow) */
  media: 'media',
  /** the public site's rebuild, debounced after publishes (`rebuildSite`) */
  site: 'site',
  /** Meilisearch sync, batched (`syncSearch`) */
  search: 'search',
  /** items' `placesIndex` after a change to the gazetteer, folded (`reindexPlaces`) */
  places: 'places',
  /** unfinished tus uploads past UPLOAD_EXPIRY_HOURS removed (`expireUploads`, queued every 10 minutes) */
  uploads: 'uploads',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

/** Who runs a queue: the web server (Payload's autoRun) or `npm run worker` processes. */
export type Runner = 'web' | 'worker'

export type QueueRun = {
  queue: QueueName
  /** Six-field cron (seconds first) for the web server's autoRun; a worker polls every second. */
  cron: string
  /** Jobs taken per round. */
  limit: number
  /** One after another: a media job uses every core. */
  sequential?: boolean
}

/**
 * Which process runs which queue, how often and how many at a time, from the settings: media one file at
 * a time, in the web server unless MEDIA_WORKER=external hands it to workers; the site rebuild in the web
 * server; the places index there too; the search sync there, only when Meilisearch is configured. `npm run worker` runs media only.
 */
export function queueRuns(settings: ArchiveSettings): Record<Runner, QueueRun[]> {
  const media: QueueRun = { queue: QUEUES.media, cron: '*/2 * * * * *', limit: 1, sequential: true }
  const site: QueueRun = { queue: QUEUES.site, cron: '*/5 * * * * *', limit: 1 }
  const search: QueueRun = { queue: QUEUES.search, cron: '*/2 * * * * *', limit: 5 }
  const places: QueueRun = { queue: QUEUES.places, cron: '*/2 * * * * *', limit: 1 }
  // The tus server lives in the web server: its expiry cleanup runs there.
  const uploads: QueueRun = { queue: QUEUES.uploads, cron: '0 * * * * *', limit: 1 }
  const external = settings.media.worker === 'external'
  return {
    web: [...(external ? [] : [media]), site, places, uploads, ...(settings.search.enabled ? [search] : [])],
    // A worker is started to process media (with MEDIA_WORKER=external, it is the only one that does).
    worker: [media],
  }
}
