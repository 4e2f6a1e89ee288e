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

/** Unfinished uploads one user may hold at once, whatever their size (a festival's batch sends 3 at a time). */
const MAX_OPEN_PER_USER = 500

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

export type TusServer = {
  server: Server
  store: IdentifyingFileStore
  payload: Payload
  /**
   * The media record of a complete upload, made now if it is not yet (its last PATCH failed on a server error),
   * as the user this request signed in as; one finish at a time per upload. Throws a tus refusal.
   */
  recordOf: (req: Request, upload: Upload) => Promise<string>
}

/**
 * The open uploads — not yet a record, not expired — each with its owner, for quota, free space and
 * `GET /api/uploads/mine`. An expired one is no longer counted, though the job may not have removed it yet.
 */
export async function openUploads(store: IdentifyingFileStore): Promise<Upload[]> {
  const uploads: Upload[] = []
  const now = Date.now()
  for (const id of await store.ids()) {
    const upload = await store.getUpload(id).catch(() => undefined)
    if (upload && !upload.metadata?.mediaId && !store.isExpired(upload, now)) uploads.push(upload)
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
  // The user each request signed in as, when it began: a session that ends while the last bytes arrive does
  // not keep them from becoming the record.
  const requestUser = new WeakMap<Request, User>()
  const finishing = new Map<string, Promise<string>>()

  const signedIn = async (req: Request): Promise<User> => {
    const { user } = await payload.auth({ headers: req.headers })
    if (!user) throw tusRefusal(req, 401, 'signed-out', MESSAGES.tusSignedOut)
    if (!mayUpload(user as ScopedUser)) throw tusRefusal(req, 403, 'forbidden', MESSAGES.uploadNotAllowed)
    return user as User
  }
  // An id that never existed, was removed, or is someone else's: one answer, true in each case.
  const notYours = (req: Request) => tusRefusal(req, 404, 'not-found', MESSAGES.tusNotFound)
  /**
   * Creations take turns from the quota and free-disk checks until their `.json` is written (`POST_CREATE`),
   * so parallel POSTs cannot each count the quota as unused: each one's listing shows the ones before it.
   * A turn not ended by its creation (the store failed) ends after 5 s.
   */
  let lastTurn: Promise<void> = Promise.resolve()
  const takeTurn = (): Promise<() => void> => {
    let end: () => void = () => undefined
    const mine = new Promise<void>((resolve) => {
      end = resolve
    })
    const before = lastTurn
    lastTurn = before.then(() => mine)
    return before.then(() => {
      setTimeout(end, 5_000).unref()
      return end
    })
  }
  const turns = new Map<string, () => void>()
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
      requestUser.set(req, user)
      // Also called for POST (creation), where there is no upload yet.
      if (req.method === 'POST' || req.method === 'OPTIONS') return
      await ownedUpload(req, id, user)
      store.languages.set(id, languageOf(req))
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
      const endTurn = await takeTurn()
      try {
        const free = await freeBytes(path.dirname(directory))
        const open = await openUploads(store)
        const owner = String(user.id)
        const mine = open.filter((other) => other.metadata?.owner === owner)
        // Bytes are not all: each open upload costs every later creation a read (a quota of 1-byte uploads).
        if (mine.length >= MAX_OPEN_PER_USER)
          throw tusRefusal(req, 413, 'quota', MESSAGES.tusTooManyOpen, { max: String(MAX_OPEN_PER_USER) })
        const used = mine.reduce((sum, other) => sum + (other.size ?? 0), 0)
        if (used + size > quotaBytes)
          throw tusRefusal(req, 413, 'quota', MESSAGES.tusQuota, {
            used: readableSize(used),
            max: readableSize(quotaBytes),
          })
        // Bytes promised to the other open uploads are not free.
        const promised = open.reduce((sum, other) => sum + Math.max(0, (other.size ?? 0) - other.offset), 0)
        if (size > free - promised - reserve)
          throw tusRefusal(req, 507, 'disk-full', MESSAGES.tusDiskFull, { size: readableSize(size) })
      } catch (error) {
        endTurn()
        throw error
      }
      turns.set(upload.id, endTurn)
      return { metadata: { ...upload.metadata, owner: String(user.id) } }
    },
    onUploadFinish: async (req, upload) => ({ headers: { 'Media-Id': await recordOf(req, upload) } }),
  })
  const recordOf = async (req: Request, upload: Upload): Promise<string> => {
    const signedAs = requestUser.get(req) ?? (await signedIn(req))
    // The session may have ended while the last bytes arrived (it was checked when the request began), but the
    // account's rights are read as they are now: one who lost the right to upload gets no record (the bytes
    // stay until they expire, as for any refusal before the last bytes).
    const now = await payload.findByID({
      collection: 'users',
      id: signedAs.id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!now || !mayUpload(now as ScopedUser)) throw tusRefusal(req, 403, 'forbidden', MESSAGES.uploadNotAllowed)
    const user: User = { ...now, collection: 'users' }
    let running = finishing.get(upload.id)
    if (!running) {
      running = finishUpload(payload, store, upload, user, languageOf(req)).finally(() => finishing.delete(upload.id))
      finishing.set(upload.id, running)
    }
    return running
  }
  // Created: its `.json` is written, so the next creation's listing counts it.
  server.on(EVENTS.POST_CREATE, (_req, upload) => {
    turns.get(upload.id)?.()
    turns.delete(upload.id)
  })
  return { server, store, payload, recordOf }
}

let shared: TusServer | undefined

/** The process's one tus server (its in-memory locker serialises PATCHes of the same upload). */
export function tusServer(payload: Payload): TusServer {
  if (!shared || shared.payload !== payload) shared = createTusServer(payload)
  return shared
}
