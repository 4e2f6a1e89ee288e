import { statfs } from 'node:fs/promises'
import path from 'node:path'

import { EVENTS, Server } from '@tus/server'
import type { Upload } from '@tus/utils'
import type { Payload } from 'payload'

import { mayUpload } from '../../access/mediaScope'
import type { ScopedUser } from '../../access/scope'
import { settingsOf } from '../../config/settings'
import { MESSAGES } from '../../i18n/messages'
import type { User } from '../../payload-types'
import { readableSize } from '../uploadErrors'
import { finishUpload } from './finishUpload'
import { IdentifyingFileStore } from './IdentifyingFileStore'
import { metadataRefusal } from './metadataRefusal'
import { languageOf, tusRefusal } from './tusRefusal'

export type TusServerOptions = {
  /** Free bytes on the filesystem holding `directory` (tests inject a full disk). */
  freeBytes?: (directory: string) => Promise<number>
  /** Kept free beyond the uploads (default: the UPLOAD_KEEP_FREE_GB setting). */
  reserveBytes?: number
}

const realFreeBytes = async (directory: string) => {
  const fs = await statfs(directory)
  return fs.bavail * fs.bsize
}

export type TusServer = { server: Server; store: IdentifyingFileStore; payload: Payload }

/** The open (unfinished) uploads, each with its owner, for quota, free space and `GET /api/uploads/mine`. */
export async function openUploads(store: IdentifyingFileStore): Promise<Upload[]> {
  const uploads: Upload[] = []
  for (const id of (await store.configstore.list?.()) ?? []) {
    const upload = await store.getUpload(id).catch(() => undefined)
    if (upload) uploads.push(upload)
  }
  return uploads
}

/**
 * The tus 1.0 server at /api/uploads (issue 15): the Payload session (cookie, with Payload's CSRF check) or
 * `Authorization: JWT …` / API key, with media create's rule (contributor, editor, admin); each upload
 * belongs to its creator (anyone else's request for it is answered 404); MEDIA_MAX_UPLOAD_GB, the user's
 * quota of unfinished bytes and the free disk are checked on `Upload-Length`, before any byte; the first
 * bytes are identified as they arrive (`IdentifyingFileStore`); a finished upload becomes a media record
 * as the user (`finishUpload`), answered with `Media-Id`.
 */
export function createTusServer(payload: Payload, options: TusServerOptions = {}): TusServer {
  const settings = settingsOf(payload)
  const { directory, expiryMs, quotaBytes, keepFreeBytes } = settings.uploads
  const maxBytes = settings.media.maxUploadBytes
  const freeBytes = options.freeBytes ?? realFreeBytes
  const reserve = options.reserveBytes ?? keepFreeBytes
  const store = new IdentifyingFileStore({ directory, expirationPeriodInMilliseconds: expiryMs })
  // We need the length for the checks: no deferred length.
  store.extensions = store.extensions.filter((extension) => extension !== 'creation-defer-length')
  const languages = new Map<string, string>()
  store.languageFor = (id) => languages.get(id) ?? 'vi'

  const signedIn = async (req: Request): Promise<User> => {
    const { user } = await payload.auth({ headers: req.headers })
    if (!user) throw tusRefusal(req, 401, 'signed-out', MESSAGES.tusSignedOut)
    if (!mayUpload(user as ScopedUser)) throw tusRefusal(req, 403, 'forbidden', MESSAGES.uploadNotAllowed)
    return user as User
  }
  // An id that never existed, was removed, or is someone else's: one answer, true in each case.
  const notYours = (req: Request) => tusRefusal(req, 404, 'not-found', MESSAGES.tusNotFound)
  /**
   * Uploads accepted by `onUploadCreate` whose `.json` may not be written yet: counted in the quota and the
   * free disk until the store lists them (by id, never twice), so 50 parallel POSTs cannot each see the
   * quota as unused. Released once the upload is created; one older than a minute is dropped (its creation failed).
   */
  const reserved = new Map<string, { owner: string; size: number; at: number }>()
  const ownedUpload = async (req: Request, id: string, user: User) => {
    const upload = await store.getUpload(id).catch(() => {
      throw notYours(req)
    })
    if (upload.metadata?.owner !== String(user.id)) throw notYours(req)
    return upload
  }

  const server = new Server({
    path: '/api/uploads',
    relativeLocation: true,
    allowedOrigins: [new URL(payload.config.serverURL || 'http://localhost:3000').origin],
    allowedCredentials: true,
    datastore: store,
    onIncomingRequest: async (req, id) => {
      const user = await signedIn(req)
      // Also called for POST (creation), where there is no upload yet.
      if (req.method === 'POST' || req.method === 'OPTIONS') return
      await ownedUpload(req, id, user)
      languages.set(id, languageOf(req))
    },
    onUploadCreate: async (req, upload) => {
      const user = await signedIn(req)
      const size = upload.size
      if (size === undefined || !Number.isSafeInteger(size) || size < 0)
        throw tusRefusal(req, 400, 'bad-request', MESSAGES.tusBadRequest, { reason: 'Upload-Length' })
      if (size > maxBytes)
        throw tusRefusal(req, 413, 'too-big', MESSAGES.uploadTooLarge, { max: readableSize(maxBytes) })
      // The record this upload will become is checked now, before any byte (and again at the end).
      const refusal = await metadataRefusal(payload, user, upload.metadata, languageOf(req))
      if (refusal) throw tusRefusal(req, 400, 'bad-request', MESSAGES.tusMetadata, refusal)
      const free = await freeBytes(path.dirname(directory))
      const open = await openUploads(store)
      // From here to the reservation, nothing awaits: the check and the reservation are one step.
      const now = Date.now()
      const pending = new Map(open.map((other) => [other.id, other.metadata?.owner ?? '']))
      const counted = open.map((other) => ({
        owner: other.metadata?.owner,
        size: other.size ?? 0,
        left: Math.max(0, (other.size ?? 0) - other.offset),
      }))
      for (const [id, other] of reserved) {
        if (pending.has(id) || now - other.at > 60_000) reserved.delete(id)
        else counted.push({ owner: other.owner, size: other.size, left: other.size })
      }
      const owner = String(user.id)
      const used = counted.filter((other) => other.owner === owner).reduce((sum, other) => sum + other.size, 0)
      if (used + size > quotaBytes)
        throw tusRefusal(req, 413, 'quota', MESSAGES.tusQuota, {
          used: readableSize(used),
          max: readableSize(quotaBytes),
        })
      // Bytes promised to the other open uploads are not free.
      const promised = counted.reduce((sum, other) => sum + other.left, 0)
      if (size > free - promised - reserve)
        throw tusRefusal(req, 507, 'disk-full', MESSAGES.tusDiskFull, { size: readableSize(size) })
      reserved.set(upload.id, { owner, size, at: now })
      return { metadata: { ...upload.metadata, owner } }
    },
    onUploadFinish: async (req, upload) => {
      const user = await signedIn(req)
      const id = await finishUpload(payload, store, upload, user, languageOf(req))
      languages.delete(upload.id)
      return { headers: { 'Media-Id': String(id) } }
    },
  })
  // Created: its `.json` now counts it (`openUploads`).
  server.on(EVENTS.POST_CREATE, (_req, upload) => reserved.delete(upload.id))
  return { server, store, payload }
}

let shared: TusServer | undefined

/** The process's one tus server (its in-memory locker serialises PATCHes of the same upload). */
export function tusServer(payload: Payload): TusServer {
  if (!shared || shared.payload !== payload) shared = createTusServer(payload)
  return shared
}
