import path from 'node:path'

import type { Payload } from 'payload'

import { siteUrlFrom } from '../dashboard/publicPageUrl'
import { searchConfig } from '../searchIndex/config'
import { ConfigError } from './ConfigError'
import type { Env } from './Env'
import { dataDir } from './paths'

/**
 * Every setting the running archive reads, resolved from the environment once, when the config is built
 * (`archiveConfig(env)` puts it in `config.custom.settings`), and read with `settingsOf(payload)`: nothing
 * outside `config/` reads `process.env` at call time, and a test builds an archive with its own settings
 * instead of changing `process.env`.
 */
export type ArchiveSettings = {
  /** Meilisearch (MEILI_URL, keys, index prefix, SEARCH_SYNC_SECONDS); `enabled` is false without MEILI_URL. */
  search: ReturnType<typeof searchConfig>
  /** Media processing: in the web server (`embedded`) or by `npm run worker` processes (MEDIA_WORKER=external). */
  media: {
    worker: 'embedded' | 'external'
    /** A job whose file has not heard from its worker for this long is taken to be dead (MEDIA_STALE_SECONDS, 60). */
    staleAfterMs: number
    /** Wait before a failed step is tried again (MEDIA_RETRY_SECONDS, 5). */
    retryDelayMs: number
    /** Largest file one upload may carry (MEDIA_MAX_UPLOAD_GB, 8). */
    maxUploadBytes: number
    /** The ffmpeg and ffprobe programs (FFMPEG_PATH, FFPROBE_PATH; else found on PATH). */
    ffmpegPath: string
    ffprobePath: string
  }
  /** Resumable (tus) uploads at /api/uploads (issue 15). */
  uploads: {
    /** An unfinished upload with no new bytes for this long is removed (UPLOAD_EXPIRY_HOURS, 24). */
    expiryMs: number
    /** Bytes one user may have in unfinished uploads at once (UPLOAD_QUOTA_GB, 20). */
    quotaBytes: number
    /** Free disk space kept beyond every upload's promised bytes (UPLOAD_KEEP_FREE_GB, 1): an upload that would eat into it is refused "disk full". */
    keepFreeBytes: number
    /** Where unfinished uploads are kept (DATA_DIR/uploads-tus): on the originals' filesystem, so a finished one is linked into place. */
    directory: string
  }
  /** The public site's rebuild after a publish: SITE_REBUILD=off turns it off; SITE_REBUILD_SECONDS (10) debounces. */
  siteRebuild: { enabled: boolean; delayMs: number }
  /** The header a trusted reverse proxy overwrites with the client's address (CLIENT_IP_HEADER); none without a proxy. */
  clientIpHeader: string | undefined
  /** The public site's address (SITE_URL, else `http://localhost:SITE_PORT`), for links to public pages. */
  siteUrl: string
  /** The archive's own folder (DATA_DIR, else `data/` in the repository). */
  dataDir: string
  /** Where `npm run snapshot` writes the publication snapshot (SNAPSHOT_DIR, else DATA_DIR/snapshot). */
  snapshotDir: string
}

const seconds = (value: string | undefined, fallback: number) => Number(value ?? fallback) * 1000

/**
 * A size or duration setting: a decimal number, above zero (or zero where `zero` allows it). Anything else
 * refuses to start — NaN or a negative value would silently turn a check off.
 */
export function amountOf(env: Env, variable: string, fallback: number, zero = false): number {
  const raw = env[variable]?.trim()
  if (raw === undefined || raw === '') return fallback
  const value = /^\d+(\.\d+)?$|^\.\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (Number.isFinite(value) && (value > 0 || (zero && value === 0))) return value
  const accepted = zero ? 'một số ≥ 0 / a number ≥ 0' : 'một số > 0 / a number > 0'
  throw new ConfigError(
    variable,
    `${variable}="${raw}" không hợp lệ / is not valid: cần ${accepted} (${variable}=${fallback}).`,
  )
}

export function resolveSettings(env: Env): ArchiveSettings {
  return {
    search: searchConfig(env),
    media: {
      worker: env.MEDIA_WORKER === 'external' ? 'external' : 'embedded',
      staleAfterMs: seconds(env.MEDIA_STALE_SECONDS, 60),
      retryDelayMs: seconds(env.MEDIA_RETRY_SECONDS, 5),
      maxUploadBytes: amountOf(env, 'MEDIA_MAX_UPLOAD_GB', 8) * 1024 ** 3,
      ffmpegPath: env.FFMPEG_PATH || 'ffmpeg',
      ffprobePath: env.FFPROBE_PATH || 'ffprobe',
    },
    uploads: {
      expiryMs: amountOf(env, 'UPLOAD_EXPIRY_HOURS', 24) * 3600 * 1000,
      quotaBytes: amountOf(env, 'UPLOAD_QUOTA_GB', 20) * 1024 ** 3,
      keepFreeBytes: amountOf(env, 'UPLOAD_KEEP_FREE_GB', 1, true) * 1024 ** 3,
      directory: path.join(dataDir(env), 'uploads-tus'),
    },
    siteRebuild: { enabled: env.SITE_REBUILD !== 'off', delayMs: seconds(env.SITE_REBUILD_SECONDS, 10) },
    clientIpHeader: env.CLIENT_IP_HEADER?.trim().toLowerCase() || undefined,
    siteUrl: siteUrlFrom(env),
    dataDir: dataDir(env),
    snapshotDir: path.resolve(env.SNAPSHOT_DIR || path.join(dataDir(env), 'snapshot')),
  }
}

const isSettings = (value: unknown): value is ArchiveSettings =>
  typeof value === 'object' && value !== null && 'search' in value && 'media' in value && 'siteRebuild' in value

/** The settings the archive was started with (`config.custom.settings`). */
export function settingsOf(payload: Pick<Payload, 'config'>): ArchiveSettings {
  const settings: unknown = payload.config.custom?.settings
  if (!isSettings(settings))
    throw new Error('[config] config.custom.settings is missing: build the config with archiveConfig(env)')
  return settings
}
