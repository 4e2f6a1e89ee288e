import { statfs } from 'node:fs/promises'
import path from 'node:path'

import { FileStore } from '@tus/file-store'
import { Server } from '@tus/server'
import type { Payload } from 'payload'

import { mayUpload } from '../../access/mediaScope'
import { dataDir } from '../../config/paths'
import { settingsOf } from '../../config/settings'

/** Spike (issue 15): a tus 1.0 server at /api/uploads, one per process. Not wired to media yet. */
let server: Server | undefined

const refuse = (status_code: number, body: string) => ({ status_code, body })

export function tusServer(payload: Payload): Server {
  if (server) return server
  const directory = path.join(dataDir(), 'uploads-tus')
  const maxBytes = settingsOf(payload).media.maxUploadBytes
  const userFor = async (req: Request) => (await payload.auth({ headers: req.headers })).user
  server = new Server({
    path: '/api/uploads',
    relativeLocation: true,
    datastore: new FileStore({ directory, expirationPeriodInMilliseconds: 24 * 3600 * 1000 }),
    onIncomingRequest: async (req, id) => {
      const user = await userFor(req)
      if (!mayUpload(user as never)) throw refuse(401, 'Phiên đăng nhập đã hết / Sign in again')
      // Also called for POST (creation), where there is no upload yet.
      if (req.method === 'POST' || req.method === 'OPTIONS') return
      const upload = await server?.datastore.getUpload(id)
      if (upload.metadata?.owner !== String(user?.id)) throw refuse(404, 'Not found')
    },
    onUploadCreate: async (req, upload) => {
      const user = await userFor(req)
      if (!mayUpload(user as never)) throw refuse(401, 'Phiên đăng nhập đã hết / Sign in again')
      if (upload.size === undefined) throw refuse(400, 'Upload-Length is required')
      if (upload.size > maxBytes) throw refuse(413, 'Tệp quá lớn / File too large')
      const fs = await statfs(path.dirname(directory))
      if (upload.size > fs.bavail * fs.bsize - 1024 ** 3) throw refuse(507, 'Đĩa đầy / Disk full')
      return { metadata: { ...upload.metadata, owner: String(user?.id) } }
    },
  })
  return server
}
