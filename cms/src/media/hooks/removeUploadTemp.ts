import { rm } from 'node:fs/promises'

import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

type Received = { tempFilePath?: string }

/** Every temporary file the request received (Payload unsets `req.file` after an operation; `req.files` stays). */
const temporaryFiles = (req: Pick<PayloadRequest, 'file' | 'files'>): string[] => {
  const received = [req.file, ...Object.values(req.files ?? {}).flat()] as (Received | undefined)[]
  return [...new Set(received.map((file) => file?.tempFilePath).filter((file): file is string => Boolean(file)))]
}

/**
 * Uploads stream to a temporary file (`uploads-in-progress`); Payload copies it to the originals and leaves
 * it there. It goes as soon as the request is done, whatever became of the upload (see also
 * `removeUploadTempOnError`): a full copy of every file, deleted records' included, must not pile up.
 */
export async function removeUploadTempFiles(req: Pick<PayloadRequest, 'file' | 'files'>): Promise<void> {
  for (const file of temporaryFiles(req)) await rm(file, { force: true })
}

export const removeUploadTemp: CollectionAfterOperationHook = async ({ req, result }) => {
  await removeUploadTempFiles(req)
  return result
}
