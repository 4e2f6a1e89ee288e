import type { AfterErrorHook } from 'payload'

import { removeUploadTempFiles } from './removeUploadTemp'

/** A refused or failed upload leaves no temporary copy behind either. */
export const removeUploadTempOnError: AfterErrorHook = async ({ req }) => {
  await removeUploadTempFiles(req)
}
